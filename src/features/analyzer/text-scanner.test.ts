import { expect, test } from 'vitest';
import { compileSignatures } from './compile-signatures';
import type { GuideSignatures } from '../../machine/guide-signatures';
import { TextScanner, countNewlines } from './text-scanner';

const guide: GuideSignatures = {
  step: 'findings',
  signatures: [
    {
      id: 'install-provider',
      label: 'Install provider failed',
      supports: { step: 'findings', value: 'x' },
      certainty: 'evidence',
      sources: ['plugin-log'],
      match: { allOf: ['Install provider failed', 'COMException (0x80110401)'] },
    },
  ],
  notEvidence: [],
  engineerQuestions: [],
};
const compiled = compileSignatures(guide);
const line = 'x [Error]: Install provider failed {Exception = COMException (0x80110401): Errors';

function scan(chunks: string[], maxRecordLength?: number) {
  const scanner = new TextScanner({
    file: 'IaaSBcdrExtension0.log',
    format: 'lines',
    lineSource: 'plugin-log',
    compiled,
    maxRecordLength,
  });
  for (const c of chunks) scanner.push(c);
  return scanner.end();
}

test('a line split between two chunks is found once, on the right line', () => {
  const text = `a\r\nb\r\n${line}\r\nc\r\n`;
  for (let cut = 0; cut <= text.length; cut++) {
    const totals = scan([text.slice(0, cut), text.slice(cut)]);
    expect(totals.hits.map((h) => h.line)).toEqual([3]);
    expect(totals.lines).toBe(4);
  }
});

test('a CRLF split between chunks ends the line once, and the \\r is not part of the line', () => {
  const totals = scan([`${line}\r`, `\nnext\r\n`]);
  expect(totals.lines).toBe(2);
  expect(totals.hits[0]!.context.text).toBe(line);
});

test('LF and CRLF lines count the same; a last line without a newline counts', () => {
  expect(scan(['a\nb\nc']).lines).toBe(3);
  expect(scan(['a\r\nb\r\nc\r\n']).lines).toBe(3);
  expect(scan(['']).lines).toBe(0);
});

test('a line of several MB, read in small chunks, is matched with a bounded context', () => {
  const long = `${'x'.repeat(5_000_000)} ${line} ${'y'.repeat(3_000_000)}`;
  const chunks: string[] = ['first\n'];
  for (let at = 0; at < long.length; at += 65536) chunks.push(long.slice(at, at + 65536));
  chunks.push('\nlast\n');
  const totals = scan(chunks);
  expect(totals.lines).toBe(3);
  expect(totals.hits).toHaveLength(1);
  const { context } = totals.hits[0]!;
  expect(totals.hits[0]!.line).toBe(2);
  expect(context.text.length).toBeLessThan(2000);
  expect(context.cutBefore && context.cutAfter).toBe(true);
  expect(context.ranges.map(([a, b]) => context.text.slice(a, b))).toEqual([
    'Install provider failed',
    'COMException (0x80110401)',
  ]);
  expect(totals.warnings).toEqual([]);
});

test('a line longer than the record limit is searched in parts, with a warning', () => {
  const totals = scan(['a\n', 'z'.repeat(300), line, 'z'.repeat(300), '\n'], 200);
  expect(totals.warnings[0]).toMatch(/line 2 is longer than/);
  expect(totals.lines).toBe(2);
});

test('hits beyond the limit per signature are counted, not kept', () => {
  const scanner = new TextScanner({
    file: 'IaaSBcdrExtension0.log',
    format: 'lines',
    lineSource: 'plugin-log',
    compiled,
    maxHitsPerSignature: 3,
  });
  scanner.push(`${line}\n`.repeat(10));
  const totals = scanner.end();
  expect(totals.hits).toHaveLength(3);
  expect(totals.hitCounts).toEqual({ 'install-provider': 10 });
});

test('countNewlines counts within the range only', () => {
  expect(countNewlines('a\nb\nc\n', 0, 6)).toBe(3);
  expect(countNewlines('a\nb\nc\n', 2, 4)).toBe(1);
});
