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
import { backgroundLoadingDone } from './support/background-loading';
import { choose, h1 } from './support/walk';

/**
 * The log analyzer (`/<guide>/analyze`) on the production build: real-shaped logs in, the TSG's
 * evidence out, the findings pre-filled in the guide, and the lines kept in the case session.
 */

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
    report.getByRole('region', { name: 'Error code: ExtensionInstallationFailedCOM' }),
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

const findingsTitle = 'What did you find at the time of the failure?';
const cause3Title = 'Cause 3: Error due to msvc.dlls file version mis-match';
const installProvider = 'Install provider failed … COMException (0x80110401)';
const pluginLog = () => ({
  name: 'IaaSBcdrExtension0.log',
  mimeType: 'text/plain',
  buffer: utf8(fixture('IaaSBcdrExtension0.log')),
});

/** A case session walked to the findings step, the error code answered from the backup job. */
async function sessionAtFindings(page: Page, caseNumber: string) {
  await page.goto('/extension-failures');
  await page.getByLabel('Case number (optional)').fill(caseNumber);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await choose(page, 'Yes, Log Permission shows Granted');
  await choose(page, "Inspect IaaS Disk isn't working");
  await page.getByRole('button', { name: 'I have collected the logs' }).click();
  await choose(page, 'ExtensionInstallationFailedCOM');
  await expect(h1(page)).toHaveText(findingsTitle);
}

/** The case note's plain text, as the dialog previews it. */
async function caseNoteText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy case note…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Case note' });
  const preview = dialog.getByLabel('Case note preview');
  await expect(preview).toHaveValue(/Link to the current step/);
  const text = await preview.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

test('from the findings step to Cause 3 with a plugin log: pre-filled, confirmed, the evidence in the case note after a reload', async ({
  page,
}) => {
  await sessionAtFindings(page, '2601100010009001');
  const findingsUrl = page.url();

  await page.getByRole('link', { name: 'Analyze the customer’s logs' }).click();
  await expect(h1(page)).toHaveText('Find the evidence in the logs');
  // The step's answers ride along in the analyzer's link, and nothing else.
  expect(new URL(page.url()).search).toBe(new URL(findingsUrl).search);
  await expect(page.getByRole('region', { name: 'Case session', exact: true })).toContainText(
    'go into this tab’s case session (case 2601100010009001)',
  );
  await page.waitForLoadState('networkidle');

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByTestId('analyzer-files').setInputFiles([pluginLog()]);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const report = results(page);
  await expect(report.getByRole('heading', { name: 'What the logs show' })).toBeFocused();
  // No request while the logs were read.
  expect(requests).toEqual([]);

  await expect(report).toContainText(
    '“Error code”: the logs name ExtensionInstallationFailedCOM, as you answered.',
  );
  const prefill = report.getByRole('group', { name: 'Pre-fill “Found in the logs”' });
  await expect(prefill.getByLabel(/Install provider failed/)).toBeChecked();
  // The provider lines are only a lead: not ticked.
  await expect(prefill.getByLabel(/IaaSVM provider/)).not.toBeChecked();

  // The evidence lines are ticked to keep; the lead is not.
  await report.getByRole('button', { name: 'Keep the 2 ticked lines as evidence' }).click();
  await expect(report.getByRole('status').filter({ hasText: 'kept as evidence' })).toHaveText(
    '2 lines kept as evidence in this case session.',
  );
  const kept = page.getByRole('region', { name: /Kept in this case session/ });
  await expect(kept).toContainText('IaaSBcdrExtension0.log, line 4, 2018-12-04T07:52:28.8611188Z');
  await expect(kept).toContainText('IaaSBcdrExtension0.log, line 8');
  await expect(report.getByText('Kept as evidence', { exact: true })).toHaveCount(2);

  await report.getByRole('button', { name: 'Use these findings' }).click();
  // Back on the findings step, pre-filled, every answer kept, for the engineer to confirm.
  await expect(h1(page)).toHaveText(findingsTitle);
  expect(new URL(page.url()).searchParams.get('findings')).toBe('install-provider-com-exception');
  expect(new URL(page.url()).searchParams.get('error-code')).toBe(
    'extension-installation-failed-com',
  );
  await expect(page.getByLabel(installProvider, { exact: true })).toBeChecked();
  await expect(page.getByLabel('Event ID 4689 in the Windows Application log')).not.toBeChecked();
  await expect(page.getByText('pre-filled from the logs you analysed')).toBeVisible();
  const evidence = page.getByRole('region', { name: /Evidence from the logs/ });
  await expect(evidence).toContainText('IaaSBcdrExtension0.log, line 4');
  await expect(evidence.locator('mark').first()).toHaveText('Install provider failed');
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText(
    'Do msvcp120.dll and msvcr120.dll have different Modified dates?',
  );
  await choose(page, 'Yes, the Modified dates are different');
  await expect(h1(page)).toHaveText(cause3Title);

  const evidenceSection = (note: string) =>
    note.slice(note.indexOf('\nEvidence\n'), note.indexOf('\nCause identified\n'));
  const note = await caseNoteText(page);
  expect(evidenceSection(note)).toContain(
    '- Found in the logs: Install provider failed … COMException (0x80110401) (evidence)\n  - IaaSBcdrExtension0.log, line 4, 2018-12-04T07:52:28.8611188Z (kept ',
  );
  expect(evidenceSection(note)).toContain(
    '- Error code: ExtensionInstallationFailedCOM (evidence)',
  );
  expect(note).toContain(
    '- Found in the logs: Install provider failed … COMException (0x80110401) (answered',
  );

  // After a reload: the same step, the same evidence, in the note and on its step.
  await page.reload();
  await expect(h1(page)).toHaveText(cause3Title);
  expect(evidenceSection(await caseNoteText(page))).toBe(evidenceSection(note));
  await page.goto(findingsUrl);
  await expect(evidence).toContainText('IaaSBcdrExtension0.log, line 4');
  await evidence
    .getByRole('button', {
      name: 'Remove IaaSBcdrExtension0.log, line 4, 2018-12-04T07:52:28.8611188Z from the evidence',
    })
    .click();
  await expect(evidence).toBeHidden();
  expect(await caseNoteText(page)).not.toContain('IaaSBcdrExtension0.log, line 4');
});

test('ticked means kept: lines left ticked are kept as evidence when the findings are used', async ({
  page,
}) => {
  await sessionAtFindings(page, '2601100010009002');
  await page.getByRole('link', { name: 'Analyze the customer’s logs' }).click();
  await expect(h1(page)).toHaveText('Find the evidence in the logs');
  await page.getByTestId('analyzer-files').setInputFiles([pluginLog()]);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const report = results(page);
  await expect(report.getByRole('heading', { name: 'What the logs show' })).toBeFocused();
  // The two evidence lines are ticked to keep; "Keep the 2 ticked lines" is not pressed.
  await expect(
    report.getByRole('button', { name: 'Keep the 2 ticked lines as evidence' }),
  ).toBeVisible();
  await report.getByRole('button', { name: 'Use these findings' }).click();
  await expect(h1(page)).toHaveText(findingsTitle);
  const evidence = page.getByRole('region', { name: /Evidence from the logs/ });
  await expect(evidence).toContainText('IaaSBcdrExtension0.log, line 4');
  const note = await caseNoteText(page);
  const section = note.slice(note.indexOf('\nEvidence\n'), note.indexOf('\nCause identified\n'));
  expect(section).toContain(
    '- Found in the logs: Install provider failed … COMException (0x80110401) (evidence)\n  - IaaSBcdrExtension0.log, line 4, 2018-12-04T07:52:28.8611188Z (kept ',
  );
  expect(section).toContain('- Error code: ExtensionInstallationFailedCOM (evidence)');
});

test('without a case session: kept on the page until one is started; the error code pre-filled when unanswered', async ({
  page,
}) => {
  // Opened from a link that has not answered the error code yet.
  const toErrorCode = 'log-permission=granted&collect-asc=not-working&collect-manual=collected&v=1';
  await page.goto(`${analyzerPath}?${toErrorCode}`);
  await page.waitForLoadState('networkidle');
  const session = page.getByRole('region', { name: 'Case session', exact: true });
  await expect(session).toContainText('This tab has no case session.');
  await page.getByTestId('analyzer-files').setInputFiles([pluginLog()]);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const report = results(page);
  await report.getByRole('button', { name: 'Keep the 2 ticked lines as evidence' }).click();
  await expect(
    report.getByRole('status').filter({ hasText: 'kept on this page only' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: /Kept on this page only/ })).toContainText(
    'IaaSBcdrExtension0.log, line 4',
  );

  await session.getByRole('button', { name: 'Start a case session' }).click();
  await expect(session).toContainText('go into this tab’s case session');
  await expect(page.getByRole('region', { name: /Kept in this case session \(2\)/ })).toBeVisible();

  await expect(report).toContainText(
    '“Error code”: the logs name ExtensionInstallationFailedCOM. It is pre-filled with it',
  );
  await report.getByRole('button', { name: 'Use these findings' }).click();
  // The error code first, pre-filled for review; then the findings.
  await expect(h1(page)).toHaveText('Which error does the failed backup job show?');
  await expect(page.getByLabel('ExtensionInstallationFailedCOM', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText(findingsTitle);
  await expect(page.getByLabel(installProvider, { exact: true })).toBeChecked();
  await expect(page.getByRole('region', { name: /Evidence from the logs/ })).toContainText(
    'IaaSBcdrExtension0.log, line 4',
  );
  await page.reload();
  await expect(page.getByRole('region', { name: /Evidence from the logs/ })).toContainText(
    'IaaSBcdrExtension0.log, line 4',
  );
});

test('a Security-log 4689 export is never counted, and the screen says why', async ({ page }) => {
  await openAnalyzer(page);
  await page.getByTestId('analyzer-files').setInputFiles([
    { name: 'Security.xml', mimeType: 'text/xml', buffer: utf16le(fixture('Security.xml')) },
    { name: 'Security.csv', mimeType: 'text/csv', buffer: utf16le(fixture('Security.csv')) },
  ]);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const report = results(page);
  await expect(report).toContainText('Nothing found in 2 files');
  await expect(report.getByText('Found in the logs', { exact: true })).toHaveCount(0);
  await expect(report).toContainText(
    '4 events: Security.xml from line 3 (2); Security.csv from line 2 (2)',
  );
  await expect(report).toContainText(
    'Event ID 4689 in the Security log is Windows’ “A process has exited”',
  );
  await expect(report.getByRole('button', { name: 'Use these findings' })).toHaveCount(0);
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
    // The app's own background loading (the service worker's registration) is over first.
    await backgroundLoadingDone(page);
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
