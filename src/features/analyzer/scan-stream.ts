import type { CompiledSignatures } from './compile-signatures';
import { logFromFileName } from './event-log-source';
import { unscanned, type FileScan } from './file-scan';
import { detectFormat, lineLogSource } from './log-format';
import { sniffBytes, sniffLength, type Sniffed } from './sniff-bytes';
import { TextScanner } from './text-scanner';

/**
 * Scans one file read as a stream of byte chunks: sniffs its encoding (or why it is not a text
 * log), decodes it chunk by chunk, and hands the text to a `TextScanner`. Pure apart from the
 * stream it is given: the worker passes `File.stream()`, tests pass arrays of chunks.
 */

export interface ScanStreamOptions {
  compiled: CompiledSignatures;
  /** Called with the number of bytes of each chunk read. */
  onBytes?: (bytes: number) => void;
  /** Checked between chunks: stop when true. */
  isCancelled?: () => boolean;
  maxHitsPerSignature?: number;
  maxRecordLength?: number;
}

const evtxProblem =
  'This is a raw .evtx event log. It holds no description text, so the TSG’s event cannot be checked in it here. In Event Viewer, open the log (or the .evtx file), choose “Save All Events As…” and save as XML (*.xml), then add that file.';

function notTextProblem(
  sniffed: Exclude<Sniffed, { kind: 'text' }>,
  file: string,
  size: number,
): FileScan {
  switch (sniffed.kind) {
    case 'evtx':
      return unscanned(file, size, 'evtx', evtxProblem);
    case 'archive':
      return unscanned(
        file,
        size,
        'archive',
        `This is a ${sniffed.format} archive, not a log. Extract it, then add the extracted folder.`,
      );
    default:
      return unscanned(
        file,
        size,
        'binary',
        'This is not a text log (it holds binary data), so it was not searched. Add the log files themselves: .log, .txt, .xml or .csv.',
      );
  }
}

const emptyProblem = 'This file is empty: there is nothing to search.';

export async function scanStream(
  file: string,
  size: number,
  chunks: AsyncIterable<Uint8Array>,
  options: ScanStreamOptions,
): Promise<FileScan> {
  if (size === 0) return unscanned(file, size, 'empty', emptyProblem);
  const iterator = chunks[Symbol.asyncIterator]();
  // Enough of the start to sniff.
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < sniffLength) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
    options.onBytes?.(next.value.length);
  }
  const headBytes = head.length === 1 ? head[0]! : concat(head, headLength);
  if (headLength === 0) return unscanned(file, size, 'empty', emptyProblem);
  const sniffed = sniffBytes(headBytes.subarray(0, sniffLength));
  if (sniffed.kind !== 'text') {
    await iterator.return?.();
    return notTextProblem(sniffed, file, size);
  }
  const decoder = new TextDecoder(sniffed.encoding);
  const first = decoder.decode(headBytes, { stream: true });
  const format = detectFormat(file, first);
  const lineSource = lineLogSource(file);
  const scanner = new TextScanner({
    file,
    format,
    lineSource,
    fileLog: logFromFileName(file),
    compiled: options.compiled,
    maxHitsPerSignature: options.maxHitsPerSignature,
    maxRecordLength: options.maxRecordLength,
  });
  let sawText = /\S/.test(first);
  scanner.push(first);
  while (!ended) {
    if (options.isCancelled?.()) {
      await iterator.return?.();
      return { ...unscanned(file, size, 'cancelled', 'Cancelled before the end of this file.') };
    }
    const next = await iterator.next();
    if (next.done) break;
    options.onBytes?.(next.value.length);
    const text = decoder.decode(next.value, { stream: true });
    if (!sawText && /\S/.test(text)) sawText = true;
    scanner.push(text);
  }
  scanner.push(decoder.decode());
  const totals = scanner.end();
  if (sniffed.nulPadding) {
    totals.warnings.unshift(
      'This file has runs of NUL bytes (left by a crash or an incomplete copy): the text around them was searched.',
    );
  }
  if (!sawText)
    return unscanned(file, size, 'empty', 'This file holds no text: there is nothing to search.');
  return {
    file,
    size,
    status: 'scanned',
    encoding: sniffed.encoding,
    bom: sniffed.bom,
    format,
    lineSource: format === 'lines' ? lineSource : undefined,
    ...totals,
  };
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Pasted text: already decoded. */
export function scanPastedText(name: string, text: string, compiled: CompiledSignatures): FileScan {
  const size = text.length;
  if (!/\S/.test(text)) return unscanned(name, size, 'empty', 'The pasted text is empty.');
  const format = detectFormat(name, text);
  const scanner = new TextScanner({
    file: name,
    format,
    lineSource: 'other-text',
    fileLog: logFromFileName(name),
    compiled,
  });
  scanner.push(text);
  return {
    file: name,
    size,
    status: 'scanned',
    format,
    lineSource: format === 'lines' ? 'other-text' : undefined,
    ...scanner.end(),
  };
}

/** A `ReadableStream` as an async iterable (not every browser iterates streams natively). */
export async function* readChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
