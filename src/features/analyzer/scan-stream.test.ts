import { expect, test } from 'vitest';
import { guideSignatures } from '../../guides/signature-source';
import { compileSignatures } from './compile-signatures';
import { scanPastedText, scanStream } from './scan-stream';
import {
  chunksOf,
  encodeText,
  encodings,
  fixtureText,
  type FixtureEncoding,
} from './fixture-bytes.test-helper';

/** This TSG's signatures (`content/extension-failures/signatures.yml`), found as the app finds them. */
const signatures = (await guideSignatures.load('extension-failures'))!;

const compiled = compileSignatures(signatures);

async function scanFixture(name: string, encoding: FixtureEncoding, chunkSize = 64 * 1024) {
  const bytes = encodeText(fixtureText(name), encoding);
  return scanStream(name, bytes.length, chunksOf(bytes, chunkSize), { compiled });
}

const hitsOf = (scan: Awaited<ReturnType<typeof scanFixture>>) =>
  scan.hits.map((h) => `${h.signatureId}@${h.line}`);

for (const encoding of encodings) {
  test(`WaAppAgent.log (${encoding}): the error name, with its line and local time`, async () => {
    const scan = await scanFixture('WaAppAgent.log', encoding);
    expect(scan.status).toBe('scanned');
    expect(scan.lineSource).toBe('wa-app-agent-log');
    expect(scan.lines).toBe(6);
    expect(hitsOf(scan)).toEqual(['error-extension-installation-failed-com@5']);
    expect(scan.hits[0]!.time).toMatchObject({ text: '11/11/2022 06:34:12.07', zone: 'none' });
    const { text, ranges } = scan.hits[0]!.context;
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['ExtensionInstallationFailedCOM']);
  });

  test(`plugin log (${encoding}): Install provider failed with COMException (0x80110401), and the provider leads`, async () => {
    const scan = await scanFixture('IaaSBcdrExtension0.log', encoding);
    expect(scan.lineSource).toBe('plugin-log');
    expect(hitsOf(scan)).toEqual([
      'install-provider-com-exception-0x80110401@4',
      'iaasvm-provider-error@7',
      'error-extension-installation-failed-com@8',
    ]);
    const hit = scan.hits[0]!;
    expect(hit.time).toMatchObject({ text: '2018-12-04T07:52:28.8611188Z', zone: 'utc' });
    expect(hit.context.ranges.map(([a, b]) => hit.context.text.slice(a, b))).toEqual([
      'Install provider failed',
      'COMException (0x80110401)',
    ]);
  });

  test(`Application log XML export (${encoding}): the COM+ Event 4689, with its log and time`, async () => {
    const scan = await scanFixture('Application.xml', encoding);
    expect(scan.format).toBe('event-xml');
    expect(hitsOf(scan)).toEqual(['event-4689-com-plus-inconsistency@4']);
    expect(scan.hits[0]!.event).toEqual({ id: 4689, log: 'Application', provider: 'COM+' });
    expect(scan.hits[0]!.time).toMatchObject({ zone: 'utc', text: '2022-11-11T06:34:11.4810000Z' });
    // The MsiInstaller event 4689 has not the TSG's description: not evidence.
    expect(scan.notEvidence).toEqual({ 'event-4689-without-tsg-text': { count: 1, line: 11 } });
  });

  test(`Application log CSV and text exports (${encoding}): the event, its description spanning lines`, async () => {
    for (const name of ['Application.csv', 'Application.txt']) {
      const scan = await scanFixture(name, encoding);
      expect(scan.format).toBe(name.endsWith('.csv') ? 'event-csv' : 'event-txt');
      expect(scan.lines).toBe(7);
      expect(hitsOf(scan)).toEqual(['event-4689-com-plus-inconsistency@3']);
      expect(scan.hits[0]!.event).toEqual({ id: 4689, log: undefined, provider: 'COM+' });
      expect(scan.hits[0]!.context.text).toContain('Comsvcs.dll file version');
      expect(scan.hits[0]!.time).toMatchObject({ text: '11/11/2022 6:34:11 AM', zone: 'none' });
    }
  });

  test(`Security log exports (${encoding}): Event 4689 "A process has exited" is never evidence`, async () => {
    for (const name of ['Security.xml', 'Security.csv']) {
      const scan = await scanFixture(name, encoding);
      expect(scan.hits).toEqual([]);
      expect(scan.notEvidence['security-event-4689-process-exited']?.count).toBe(2);
    }
  });
}

test('an event copied with "Copy details as text" names its log', async () => {
  const scan = await scanFixture('event-details.txt', 'utf-8');
  expect(scan.format).toBe('event-details');
  expect(hitsOf(scan)).toEqual(['event-4689-com-plus-inconsistency@1']);
});

test('the TSG text in a Security-log event is still not evidence: log, id and text together', () => {
  const xml = fixtureText('Application.xml').replaceAll(
    '<Channel>Application</Channel>',
    '<Channel>Security</Channel>',
  );
  const scan = scanPastedText('Pasted text', xml, compiled);
  expect(scan.hits).toEqual([]);
  expect(scan.notEvidence['security-event-4689-process-exited']?.count).toBe(2);
});

test('the COM+ text in an export that does not say its log, from an unknown source, is a lead', () => {
  const csv = fixtureText('Application.csv').replace(',COM+,', ',SomeSource,');
  const scan = scanPastedText('export.csv', csv, compiled);
  expect(hitsOf(scan)).toEqual(['com-plus-inconsistency-text@3']);
});

test('a CSV export named after its log gives the log of events from other sources', () => {
  const csv = fixtureText('Application.csv').replace(',COM+,', ',SomeSource,');
  expect(hitsOf(scanPastedText('Application-log.csv', csv, compiled))).toEqual([
    'event-4689-com-plus-inconsistency@3',
  ]);
});

test('pasted lines are found with their line numbers', () => {
  const scan = scanPastedText(
    'Pasted text',
    'first line\n2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred\n',
    compiled,
  );
  expect(hitsOf(scan)).toEqual(['install-provider-com-exception-0x80110401@2']);
  expect(scan.lines).toBe(2);
});

test('every chunk size gives the same hits, lines and counts (UTF-16 split mid-character too)', async () => {
  for (const name of [
    'Application.txt',
    'Application.xml',
    'IaaSBcdrExtension0.log',
    'Security.csv',
  ]) {
    const whole = await scanFixture(name, 'utf-16le-bom', 1 << 20);
    for (const size of [1, 2, 3, 5, 7, 64, 333]) {
      const split = await scanFixture(name, 'utf-16le-bom', size);
      expect({ size, hits: split.hits, lines: split.lines, not: split.notEvidence }).toEqual({
        size,
        hits: whole.hits,
        lines: whole.lines,
        not: whole.notEvidence,
      });
    }
  }
});

test('an empty file, a BOM alone, a binary file and an .evtx file each say what they are', async () => {
  const scan = (name: string, bytes: Uint8Array) =>
    scanStream(name, bytes.length, chunksOf(bytes, 4096), { compiled });
  expect(await scan('empty.log', new Uint8Array())).toMatchObject({ status: 'empty' });
  expect(await scan('bom.log', new Uint8Array([0xff, 0xfe]))).toMatchObject({ status: 'empty' });
  const exe = new Uint8Array(10000).map((_, i) => (i * 7919) % 256);
  expect(await scan('tool.exe', exe)).toMatchObject({ status: 'binary' });
  const evtx = new Uint8Array(69632);
  evtx.set(new TextEncoder().encode('ElfFile\0'));
  const result = await scan('Application.evtx', evtx);
  expect(result.status).toBe('evtx');
  expect(result.problem).toMatch(/Save All Events As.*XML/);
});

test('cancelling stops between chunks', async () => {
  const bytes = encodeText(fixtureText('WaAppAgent.log').repeat(50), 'utf-8');
  let read = 0;
  const result = await scanStream('WaAppAgent.log', bytes.length, chunksOf(bytes, 100), {
    compiled,
    onBytes: (n) => (read += n),
    isCancelled: () => read > 1000,
  });
  expect(result.status).toBe('cancelled');
  expect(read).toBeLessThan(bytes.length);
});
