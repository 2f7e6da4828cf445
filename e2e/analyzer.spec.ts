import { expect, test, type Page, type Request } from '@playwright/test';
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './support/axe';

/** The log analyzer on its own page: real-shaped logs in, the TSG's evidence out. */

const analyzerPath = '/extension-failures/analyze';
const fixtures = new URL('../src/features/analyzer/__fixtures__/', import.meta.url);

/** A fixture as Windows writes it (CRLF). */
const fixture = (name: string) =>
  readFileSync(new URL(name, fixtures), 'utf8').replace(/\r?\n/g, '\r\n');
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

const logFiles = () => [
  { name: 'WaAppAgent.log', mimeType: 'text/plain', buffer: utf8(fixture('WaAppAgent.log')) },
  {
    name: 'IaaSBcdrExtension0.log',
    mimeType: 'text/plain',
    buffer: utf8(fixture('IaaSBcdrExtension0.log')),
  },
  // Event Viewer's exports are UTF-16LE with a BOM.
  { name: 'Application.xml', mimeType: 'text/xml', buffer: utf16le(fixture('Application.xml')) },
  { name: 'Security.csv', mimeType: 'text/csv', buffer: utf16le(fixture('Security.csv')) },
];

async function openAnalyzer(page: Page) {
  await page.goto(analyzerPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find the evidence in the logs');
  await page.waitForLoadState('networkidle');
}

const results = (page: Page) => page.getByRole('region', { name: /What the logs show|Cancelled/ });

test('several files and pasted text: every finding with its file, line and time', async ({
  page,
}) => {
  await openAnalyzer(page);
  await page.getByTestId('analyzer-files').setInputFiles(logFiles());
  await expect(page.getByRole('list', { name: 'Files to analyse (4)' })).toBeVisible();
  await page
    .getByLabel('Or paste log text')
    .fill(
      'first line\n2022-11-11T06:34:12.1000000Z [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or more objects',
    );
  await page.getByRole('button', { name: 'Analyse' }).click();

  const report = results(page);
  await expect(report.getByRole('heading', { name: 'What the logs show' })).toBeFocused();
  await expect(report).toContainText('Searched 5 files');

  const cause1 = report.getByRole('region', {
    name: 'Event ID 4689 in the Windows Application log',
  });
  await expect(cause1).toContainText('Application.xml, line 4');
  await expect(cause1).toContainText('2022-11-11T06:34:11.4810000Z');
  await expect(cause1).toContainText('Event 4689 · Application log · COM+');
  await expect(cause1.locator('mark').first()).toHaveText(
    'The run-time environment has detected an inconsistency in its internal state',
  );

  const cause3 = report.getByRole('region', {
    name: 'Install provider failed … COMException (0x80110401)',
  });
  // Sorted by time across files: the plugin log's 2018 line, then the pasted 2022 line.
  await expect(cause3.getByRole('listitem').nth(0)).toContainText('IaaSBcdrExtension0.log, line 4');
  await expect(cause3.getByRole('listitem').nth(1)).toContainText('Pasted text, line 2');
  await expect(cause3.locator('mark')).toContainText([
    'Install provider failed',
    'COMException (0x80110401)',
  ]);

  const cause2 = report.getByRole('region', {
    name: 'An error related to the IaaSVM provider state',
  });
  await expect(cause2).toContainText('Lead, not proof');

  await expect(
    report.getByRole('region', { name: 'Error: ExtensionInstallationFailedCOM' }),
  ).toContainText('WaAppAgent.log, line 5');
  await expect(report).toContainText('(no time zone in the log)');

  // The Security log's 4689 "A process has exited" is never evidence, and the screen says why.
  await expect(report).toContainText('2 events: Security.csv from line 2');
  await expect(report).toContainText('the TSG means Event ID 4689 in the Application log');

  await expect(report).toContainText('Whether a reboot solves the issue for a while');
  await expect(report).toContainText(
    'Whether msvcp120.dll and msvcr120.dll have different Modified dates',
  );
});

test('the findings to pre-fill and the lines to keep are handed to the guide', async ({ page }) => {
  await openAnalyzer(page);
  await page.getByTestId('analyzer-files').setInputFiles(logFiles());
  await page.getByRole('button', { name: 'Analyse' }).click();
  const report = results(page);
  const prefill = report.getByRole('group', { name: 'Pre-fill the findings step' });
  await expect(prefill.getByLabel(/Event ID 4689/)).toBeChecked();
  await expect(prefill.getByLabel(/IaaSVM provider/)).not.toBeChecked();
  await expect(prefill.getByLabel(/Install provider failed/)).toBeChecked();
  await report.getByRole('button', { name: 'Use these findings' }).click();
  await expect(report.getByRole('status').filter({ hasText: 'Findings passed' })).toBeVisible();
  const handover = page.getByRole('region', { name: /For the guide/ });
  await expect(handover).toContainText(
    'Findings to pre-fill: Event ID 4689 in the Windows Application log; Install provider failed … COMException (0x80110401)',
  );

  await report.getByRole('checkbox', { name: 'Keep WaAppAgent.log, line 5 as evidence' }).uncheck();
  await report.getByRole('button', { name: /Keep the 3 ticked lines as evidence/ }).click();
  await expect(handover).toContainText('Application.xml line 4 (2022-11-11T06:34:11.4810000Z)');
  await expect(handover).toContainText(
    'IaaSBcdrExtension0.log line 4 (2018-12-04T07:52:28.8611188Z)',
  );
  await expect(handover).not.toContainText('WaAppAgent.log');
});

test('files dropped on the page are analysed like picked ones', async ({ page }) => {
  await openAnalyzer(page);
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'IaaSBcdrExtension1.log', { type: 'text/plain' }));
    const zone = document.querySelector('[data-testid="analyzer-drop-zone"]')!;
    zone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, fixture('IaaSBcdrExtension0.log'));
  await expect(page.getByRole('list', { name: 'Files to analyse (1)' })).toContainText(
    'IaaSBcdrExtension1.log',
  );
  await page.getByRole('button', { name: 'Analyse' }).click();
  await expect(results(page)).toContainText('IaaSBcdrExtension1.log, line 4');
});

test('a binary file, an empty file and an .evtx file each say why they were not searched', async ({
  page,
}) => {
  await openAnalyzer(page);
  await page.getByTestId('analyzer-files').setInputFiles([
    { name: 'empty.log', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'vmsnapshot.dll',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    },
    {
      name: 'Application.evtx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.concat([Buffer.from('ElfFile\0'), Buffer.alloc(8192)]),
    },
  ]);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const report = results(page);
  await expect(report).toContainText('Nothing found in 0 files (0 lines).');
  const notSearched = report.getByRole('note', { name: 'Not searched (3)' });
  await expect(notSearched).toContainText('empty.log: This file is empty');
  await expect(notSearched).toContainText('vmsnapshot.dll: This is not a text log');
  await expect(notSearched).toContainText('Save All Events As…” and save as XML');
  await expectNoSeriousViolations(page);
});

test('nothing to analyse gets a clear message', async ({ page }) => {
  await openAnalyzer(page);
  await page.getByRole('button', { name: 'Analyse' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Add a log file or a folder, or paste some log text/,
  );
  await expect(page.getByRole('alert')).toBeFocused();
});

test.describe('a 2 GB log', () => {
  // A sparse file: a real log's start, then 2 GB of NUL padding (as a crashed agent leaves).
  const folder = join(tmpdir(), `analyzer-e2e-${process.pid}`);
  const big = join(folder, 'WaAppAgent.log');
  const export_ = join(folder, 'Application.xml');
  test.beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    const fd = openSync(big, 'w');
    writeSync(fd, fixture('WaAppAgent.log'));
    ftruncateSync(fd, 2 * 1024 ** 3);
    closeSync(fd);
    writeFileSync(export_, utf16le(fixture('Application.xml')));
  });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('is read with progress, can be cancelled, and nothing is requested meanwhile', async ({
    page,
    context,
  }) => {
    await openAnalyzer(page);
    const requests: Request[] = [];
    context.on('request', (r) => requests.push(r));
    page.on('request', (r) => requests.push(r));

    await page.getByTestId('analyzer-files').setInputFiles([big, export_]);
    await page.getByRole('button', { name: 'Analyse' }).click();
    const bar = page.getByRole('progressbar');
    await expect(bar).toBeVisible();
    await expect(page.getByText(/of 2\.0 GB · file 1 of 2/)).toBeVisible();
    await expect
      .poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 })
      .toBeGreaterThan(10 * 1024 * 1024);
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Cancel' }).click();

    const report = results(page);
    await expect(report.getByRole('heading', { level: 2 })).toHaveText(
      'Cancelled: what the logs read so far show',
    );
    await expect(bar).toBeHidden();
    expect(requests.map((r) => r.url())).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (${scheme}): the analyzer before and after an analysis`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openAnalyzer(page);
    await expectNoSeriousViolations(page);
    await page.getByTestId('analyzer-files').setInputFiles(logFiles());
    await page.getByLabel('Or paste log text').fill('ExtensionSnapshotFailedCOM');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect(results(page)).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}
