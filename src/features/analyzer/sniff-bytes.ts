/**
 * What a file's first bytes say about it, before any text is decoded: its text encoding (by its
 * byte order mark, as `TextDecoder` does not switch encoding on a BOM), or that it is not a text
 * log at all (an `.evtx` file, an archive, a binary file).
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Sniffed =
  | {
      kind: 'text';
      encoding: TextEncodingName;
      /** Whether the file starts with a byte order mark (the decoder drops it). */
      bom: boolean;
      /** Text with runs of NUL bytes (padding a crash or an incomplete copy leaves in a log). */
      nulPadding?: boolean;
    }
  | { kind: 'evtx' }
  | { kind: 'archive'; format: 'zip' | 'gzip' | '7z' | 'rar' | 'cab' }
  | { kind: 'binary' };

/** How many leading bytes `sniffBytes` wants to see (it works with fewer). */
export const sniffLength = 8192;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const archives = [
  { format: 'zip', magic: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'gzip', magic: [0x1f, 0x8b] },
  { format: '7z', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'rar', magic: ascii('Rar!') },
  { format: 'cab', magic: ascii('MSCF') },
] as const;

/**
 * UTF-16 without a BOM: text in Latin script has a zero in every other byte. Returns the byte
 * order, or undefined when the zeros do not fall that way.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * Text with runs of NUL padding: the bytes that are not NUL are text (almost no control
 * characters), and the NULs come in long runs, not scattered as in binary data.
 */
function textWithNulPadding(bytes: Uint8Array): boolean {
  let runs = 0;
  let nuls = 0;
  let controls = 0;
  let text = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nuls++;
      if (i === 0 || bytes[i - 1] !== 0) runs++;
    } else {
      text++;
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f) controls++;
    }
  }
  return text > 0 && controls <= text * 0.01 && nuls / runs >= 64;
}

/** Reads the first bytes of a file (up to `sniffLength`). An empty array is not sniffed here. */
export function sniffBytes(head: Uint8Array): Sniffed {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8', bom: true };
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bom: true };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bom: true };
  if (startsWith(head, [...ascii('ElfFile'), 0])) return { kind: 'evtx' };
  for (const { format, magic } of archives) {
    if (startsWith(head, magic)) return { kind: 'archive', format };
  }
  if (!head.includes(0)) return { kind: 'text', encoding: 'utf-8', bom: false };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { kind: 'text', encoding: utf16, bom: false };
  if (textWithNulPadding(head))
    return { kind: 'text', encoding: 'utf-8', bom: false, nulPadding: true };
  return { kind: 'binary' };
}
