import { expect, test } from 'vitest';
import { sniffBytes } from './sniff-bytes';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf16le = (text: string) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
};

test('a UTF-8 BOM is UTF-8 with a BOM', () => {
  expect(sniffBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({
    kind: 'text',
    encoding: 'utf-8',
    bom: true,
  });
});

test('UTF-16 byte order marks give the byte order', () => {
  expect(sniffBytes(bytes(0xff, 0xfe, 0x41, 0))).toEqual({
    kind: 'text',
    encoding: 'utf-16le',
    bom: true,
  });
  expect(sniffBytes(bytes(0xfe, 0xff, 0, 0x41))).toEqual({
    kind: 'text',
    encoding: 'utf-16be',
    bom: true,
  });
});

test('plain ASCII or UTF-8 without a BOM is UTF-8', () => {
  expect(
    sniffBytes(new TextEncoder().encode('[00000013] [11/11/2022 06:34:12.06] [WARN]  é')),
  ).toEqual({ kind: 'text', encoding: 'utf-8', bom: false });
});

test('UTF-16LE without a BOM is recognised by its zero bytes', () => {
  expect(sniffBytes(utf16le('Level\tDate and Time\tSource\tEvent ID'))).toEqual({
    kind: 'text',
    encoding: 'utf-16le',
    bom: false,
  });
});

test('an .evtx file is told by its ElfFile signature', () => {
  const head = new Uint8Array(4096);
  head.set(new TextEncoder().encode('ElfFile'));
  expect(sniffBytes(head)).toEqual({ kind: 'evtx' });
});

test('archives and binary files are not text', () => {
  expect(sniffBytes(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0))).toEqual({
    kind: 'archive',
    format: 'zip',
  });
  expect(sniffBytes(bytes(0x4d, 0x5a, 0x90, 0, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xff, 0xff))).toEqual({
    kind: 'binary',
  });
});

test('a log padded with NUL bytes (left by a crash) is text; scattered NULs are binary', () => {
  const padded = new Uint8Array(8192);
  padded.set(
    new TextEncoder().encode('[00000013] [11/11/2022 06:34:12.06] [WARN]  Plugin failed\r\n'),
  );
  expect(sniffBytes(padded)).toEqual({
    kind: 'text',
    encoding: 'utf-8',
    bom: false,
    nulPadding: true,
  });
  const scattered = new TextEncoder().encode('a\0b\0\0c\x01\x02d\0'.repeat(100));
  expect(sniffBytes(scattered)).toEqual({ kind: 'binary' });
});
