import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import {
  answerToMethod2,
  casePanel,
  choose,
  h1,
  method2,
  noteField,
  pluginsFolder,
  startSession,
  waAppAgentLog,
} from './support/walk';

const cause3 = 'Cause 3: Error due to msvc.dlls file version mis-match';
const method2Link =
  '/extension-failures/collect/manual?log-permission=granted&collect-asc=not-working&v=1';

/** Types a note and leaves the field, which saves it. */
async function writeNote(page: Page, text: string) {
  await noteField(page).fill(text);
  await noteField(page).blur();
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a reload resumes the same step with its checklist, note and case number', async ({
  page,
}) => {
  await startSession(page, '2601100010000001');
  await answerToMethod2(page);
  await waAppAgentLog(page).check();
  await expect(page.getByText(/^Done /)).toBeVisible();
  await writeNote(page, 'WaAppAgent.log shows the install error');

  await page.reload();
  await expect(h1(page)).toHaveText(method2);
  await expect(waAppAgentLog(page)).toBeChecked();
  await expect(page.getByText(/^Done /)).toBeVisible();
  await expect(noteField(page)).toHaveValue('WaAppAgent.log shows the install error');
  await expect(casePanel(page)).toContainText('Case 2601100010000001');
});

test('a session is listed and resumed from a new browser with the same storage', async ({
  page,
  browser,
}) => {
  await startSession(page, '2601100010000002');
  await answerToMethod2(page);
  await waAppAgentLog(page).check();
  await writeNote(page, 'Logs sent to the product group');

  const storageState = await page.context().storageState();
  const context = await browser.newContext({ storageState });
  const later = await context.newPage();
  await later.goto('/');
  const recent = later.getByRole('region', { name: 'Recent case sessions' });
  await expect(recent.getByRole('heading', { name: 'Case 2601100010000002' })).toBeVisible();
  await expect(recent).toContainText('At: Method 2: manual collection');
  await recent.getByRole('button', { name: 'Resume Case 2601100010000002' }).click();

  await expect(h1(later)).toHaveText(method2);
  const summary = later.getByRole('region', { name: 'How you got here' });
  await expect(summary).toContainText('Yes, Log Permission shows Granted');
  await expect(summary).toContainText("Inspect IaaS Disk isn't working");
  await expect(waAppAgentLog(later)).toBeChecked();
  await expect(noteField(later)).toHaveValue('Logs sent to the product group');
  await expect(casePanel(later)).toContainText('Case 2601100010000002');
  await context.close();
});

test('two tabs on one session see each other’s changes and keep both', async ({ page }) => {
  const tabA = page;
  await startSession(tabA, '2601100010000003');
  await answerToMethod2(tabA);

  const tabB = await tabA.context().newPage();
  await tabB.goto('/');
  await tabB.getByRole('button', { name: 'Resume Case 2601100010000003' }).click();
  await expect(h1(tabB)).toHaveText(method2);

  await waAppAgentLog(tabA).check();
  await expect(waAppAgentLog(tabB)).toBeChecked();

  await writeNote(tabB, 'Noted in tab B');
  await expect(noteField(tabA)).toHaveValue('Noted in tab B');

  // Both tabs edit at once: neither change is lost.
  await pluginsFolder(tabA).check();
  await writeNote(tabB, 'Noted in tab B, then more');
  await expect(pluginsFolder(tabB)).toBeChecked();
  await expect(noteField(tabA)).toHaveValue('Noted in tab B, then more');

  for (const tab of [tabA, tabB]) {
    await tab.reload();
    await expect(h1(tab)).toHaveText(method2);
    await expect(waAppAgentLog(tab)).toBeChecked();
    await expect(pluginsFolder(tab)).toBeChecked();
    await expect(noteField(tab)).toHaveValue('Noted in tab B, then more');
  }
});

test('moving on in one tab offers the other tab to go there', async ({ page }) => {
  const tabA = page;
  await startSession(tabA, '2601100010000004');
  await answerToMethod2(tabA);
  const tabB = await tabA.context().newPage();
  await tabB.goto('/');
  await tabB.getByRole('button', { name: 'Resume Case 2601100010000004' }).click();
  await expect(h1(tabB)).toHaveText(method2);

  await tabA.getByRole('button', { name: 'I have collected the logs' }).click();
  await expect(h1(tabA)).toHaveText('Which error does the failed backup job show?');

  await expect(casePanel(tabB)).toContainText('This case moved on in another tab');
  await expect(h1(tabB)).toHaveText(method2);
  await casePanel(tabB).getByRole('link', { name: 'Go there' }).click();
  await expect(h1(tabB)).toHaveText('Which error does the failed backup job show?');
});

test('unreadable saved sessions are reported and kept', async ({ page }) => {
  await startSession(page, '2601100010000005');
  await page.evaluate(() => {
    localStorage.setItem('tsg-wizard:session:broken', '{not json');
    localStorage.setItem('tsg-wizard:session:future', '{"schema":99,"session":{}}');
  });

  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Recent case sessions' });
  await expect(recent.getByRole('heading', { name: 'Case 2601100010000005' })).toBeVisible();
  await expect(recent).toContainText('2 saved sessions could not be restored.');
  const kept = await page.evaluate(() => [
    localStorage.getItem('tsg-wizard:session:broken'),
    localStorage.getItem('tsg-wizard:session:future'),
  ]);
  expect(kept).toEqual(['{not json', '{"schema":99,"session":{}}']);
});

test('with storage full the guide says so, keeps working in the tab, and saves once there is room', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      // Full until the test makes room (a flag in this tab's sessionStorage, kept over reloads).
      const full = sessionStorage.getItem('e2e:storage-has-room') === null;
      if (this === window.localStorage && full) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  await startSession(page, '2601100010000006');
  await expect(casePanel(page).getByRole('alert')).toContainText('This browser’s storage is full');

  await choose(page, 'Yes, Log Permission shows Granted');
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');
  await expect(casePanel(page).getByRole('alert')).toContainText('This browser’s storage is full');
  await expect(casePanel(page)).toContainText('Case 2601100010000006');
  await choose(page, "Inspect IaaS Disk isn't working");
  await expect(h1(page)).toHaveText(method2);
  await waAppAgentLog(page).check();
  await expect(waAppAgentLog(page)).toBeChecked();
  await expect(page.getByText(/^Done /)).toBeVisible();

  // The engineer frees some space; the next change saves the whole session, nothing lost.
  await page.evaluate(() => sessionStorage.setItem('e2e:storage-has-room', 'yes'));
  await pluginsFolder(page).check();
  await expect(casePanel(page).getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(h1(page)).toHaveText(method2);
  await expect(casePanel(page)).toContainText('Case 2601100010000006');
  await expect(waAppAgentLog(page)).toBeChecked();
  await expect(pluginsFolder(page)).toBeChecked();
});

test('the case note gathers the path, notes and checklists, and copies what it shows', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startSession(page, '2601100010000007');
  await answerToMethod2(page);
  await page.getByRole('button', { name: 'I have collected the logs' }).click();
  await choose(page, 'ExtensionInstallationFailedCOM');
  await expect(h1(page)).toHaveText('What did you find at the time of the failure?');
  await writeNote(page, 'VMSnapshot plugin log: Install provider failed 0x80110401');
  await choose(page, 'Install provider failed … COMException (0x80110401)');
  await choose(page, 'Yes, the Modified dates are different');
  await expect(h1(page)).toHaveText(cause3);
  await page
    .getByRole('checkbox', {
      name: 'In the affected VM go to Control panel > Programs and features',
    })
    .check();

  await page.getByRole('button', { name: 'Copy case note…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Case note' });
  const preview = dialog.getByLabel('Case note preview');
  await expect(preview).toHaveValue(/Link to the current step/);
  const text = await preview.inputValue();
  for (const expected of [
    '2601100010000007',
    cause3,
    'Yes, Log Permission shows Granted',
    "Inspect IaaS Disk isn't working",
    'I have collected the logs',
    'ExtensionInstallationFailedCOM',
    'Install provider failed … COMException (0x80110401)',
    'Yes, the Modified dates are different',
    'VMSnapshot plugin log: Install provider failed 0x80110401',
    '[done',
  ]) {
    expect(text).toContain(expected);
  }
  const link = text.split('\n').find((line) => line.includes('/extension-failures/cause/'));
  expect(link).toContain('/extension-failures/cause/msvc-dll-mismatch?');
  expect(link).not.toContain('2601100010000007');

  await dialog.getByLabel('Include my notes').uncheck();
  await expect(preview).not.toHaveValue(/VMSnapshot plugin log/);
  await expect(preview).toHaveValue(/Cause 3/);

  await dialog.getByRole('button', { name: 'Copy case note', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await preview.inputValue());

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the case number never goes into a link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startSession(page, '2601100010000008');
  await answerToMethod2(page);
  expect(page.url()).not.toContain('2601100010000008');

  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('/extension-failures/collect/manual?');
  expect(link).not.toContain('2601100010000008');
});

test('a session can be started and filled in with the keyboard alone', async ({ page }) => {
  await page.goto('/extension-failures');
  const caseNumber = page.getByLabel('Case number (optional)');
  await tabTo(page, caseNumber);
  await page.keyboard.type('2601100010000009');
  await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');

  await page.goto(method2Link);
  await expect(h1(page)).toHaveText(method2);
  await tabTo(page, waAppAgentLog(page));
  await page.keyboard.press('Space');
  await expect(waAppAgentLog(page)).toBeChecked();
  await tabTo(page, noteField(page));
  await page.keyboard.type('Typed without a mouse');
  await page.keyboard.press('Tab');

  await page.reload();
  await expect(h1(page)).toHaveText(method2);
  await expect(waAppAgentLog(page)).toBeChecked();
  await expect(noteField(page)).toHaveValue('Typed without a mouse');
  await expect(casePanel(page)).toContainText('Case 2601100010000009');
});

test('deleting a session and clearing all ask first', async ({ page }) => {
  for (const n of ['2601100010000010', '2601100010000011', '2601100010000012']) {
    await startSession(page, n);
  }
  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Recent case sessions' });
  const sessions = recent.getByRole('heading', { level: 3 });
  await expect(sessions).toHaveCount(3);

  await recent.getByRole('button', { name: 'Delete Case 2601100010000010' }).click();
  await recent.getByRole('button', { name: 'Yes, delete Case 2601100010000010' }).click();
  await expect(sessions).toHaveCount(2);
  await expect(recent.getByRole('heading', { name: 'Case 2601100010000010' })).toHaveCount(0);

  await recent.getByRole('button', { name: 'Clear all sessions…' }).click();
  await recent.getByRole('button', { name: 'No, keep them' }).click();
  await expect(sessions).toHaveCount(2);

  await recent.getByRole('button', { name: 'Clear all sessions…' }).click();
  await recent.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(sessions).toHaveCount(0);
  await expect(recent).toContainText('No case sessions yet');
  await page.reload();
  await expect(recent).toContainText('No case sessions yet');
});

test('the session list and the case note dialog pass axe', async ({ page }) => {
  await startSession(page, '2601100010000013');
  await answerToMethod2(page);
  await waAppAgentLog(page).check();
  await writeNote(page, 'A note for the case');

  await page.getByRole('button', { name: 'Copy case note…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Case note' });
  await expect(dialog.getByLabel('Case note preview')).toHaveValue(/2601100010000013/);
  await expectNoSeriousViolations(page);

  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Resume Case 2601100010000013' })).toBeVisible();
  await expectNoSeriousViolations(page);
});
