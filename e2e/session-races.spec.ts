import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import {
  answerToMethod2,
  casePanel,
  choose,
  h1,
  method1,
  method2,
  noteField,
  pluginsFolder,
  recentSessions as recent,
  startSession,
  waAppAgentLog,
} from './support/walk';

/**
 * The ways a case session lost work (issue 7), each tried as an engineer would, in real tabs of
 * one browser against the production build. Two tabs act "at one moment" by scheduling the action
 * in each page for the same wall-clock time (the pages share the machine's clock).
 */

const dllDates = 'Do msvcp120.dll and msvcr120.dll have different Modified dates?';
const notSaving = 'This tab is not saving a case session';

/** A second tab on the same session, resumed from the home page. */
async function resumeInNewTab(context: BrowserContext, caseNumber: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto('/');
  await recent(tab)
    .getByRole('button', { name: `Resume Case ${caseNumber}` })
    .click();
  return tab;
}

/**
 * What the browser kept, read the way an engineer would: a fresh tab resumes the session from
 * the home page. (Not the raw storage, whose layout the fix may change.)
 */
async function reopen(context: BrowserContext, caseNumber: string): Promise<Page> {
  return resumeInNewTab(context, caseNumber);
}

/** Runs `act` on each element at one wall-clock moment. */
async function atOneMoment(targets: Locator[], act: 'click' | 'blur') {
  const at = Date.now() + 250;
  await Promise.all(
    targets.map((target) =>
      target.evaluate(
        (el, { at, act }) =>
          new Promise<void>((resolve) => {
            setTimeout(
              () => {
                if (act === 'click') (el as HTMLElement).click();
                else (el as HTMLElement).blur();
                resolve();
              },
              Math.max(0, at - Date.now()),
            );
          }),
        { at, act },
      ),
    ),
  );
}

test('Back three times then closing the tab keeps every answer; Resume returns with all of them', async ({
  page,
  context,
}) => {
  await startSession(page, '2601100070000001');
  await choose(page, 'Yes, Log Permission shows Granted');
  await choose(page, 'The report gave me the logs I need');
  await choose(page, 'ExtensionInstallationFailedCOM');
  await choose(page, 'Install provider failed … COMException (0x80110401)');
  await expect(h1(page)).toHaveText(dllDates);

  for (const title of [
    'What did you find at the time of the failure?',
    'Which error does the failed backup job show?',
    method1,
  ]) {
    await page.goBack();
    await expect(h1(page)).toHaveText(title);
  }
  await page.close();

  const later = await reopen(context, '2601100070000001');
  // Where the engineer last was, with every answer.
  await expect(h1(later)).toHaveText(method1);
  await expect(later.getByLabel('The report gave me the logs I need')).toBeChecked();
  await later.getByRole('button', { name: 'Copy case note…' }).click();
  const preview = later.getByRole('dialog', { name: 'Case note' }).getByLabel('Case note preview');
  await expect(preview).toHaveValue(/Path taken/);
  const note = await preview.inputValue();
  const path = note.slice(note.indexOf('Path taken'));
  for (const answer of [
    'Yes, Log Permission shows Granted',
    'The report gave me the logs I need',
    'ExtensionInstallationFailedCOM',
    'Install provider failed … COMException (0x80110401)',
  ]) {
    expect(path).toContain(answer);
  }
});

test('two tabs ticking different items at one moment both keep both ticks', async ({
  page,
  context,
}) => {
  const tabA = page;
  await startSession(tabA, '2601100070000002');
  await answerToMethod2(tabA);
  const tabB = await resumeInNewTab(context, '2601100070000002');
  await expect(h1(tabB)).toHaveText(method2);

  await atOneMoment([waAppAgentLog(tabA), pluginsFolder(tabB)], 'click');

  for (const tab of [tabA, tabB]) {
    await expect(waAppAgentLog(tab)).toBeChecked();
    await expect(pluginsFolder(tab)).toBeChecked();
  }
  const kept = await reopen(context, '2601100070000002');
  await expect(h1(kept)).toHaveText(method2);
  await expect(waAppAgentLog(kept)).toBeChecked();
  await expect(pluginsFolder(kept)).toBeChecked();
});

test('notes typed in two tabs at one moment: both tabs show what is saved, and the tab whose text lost is told, with its text, until dismissed', async ({
  page,
  context,
}) => {
  const tabA = page;
  await startSession(tabA, '2601100070000003');
  await answerToMethod2(tabA);
  const tabB = await resumeInNewTab(context, '2601100070000003');
  await expect(h1(tabB)).toHaveText(method2);

  const typed = new Map([
    [tabA, 'Tab A: WaAppAgent.log shows the install error'],
    [tabB, 'Tab B: Plugins folder has no VMSnapshot log'],
  ]);
  await Promise.all([...typed].map(([tab, text]) => noteField(tab).fill(text)));
  await atOneMoment([noteField(tabA), noteField(tabB)], 'blur');

  const kept = await reopen(context, '2601100070000003');
  await expect(h1(kept)).toHaveText(method2);
  await expect(noteField(kept)).not.toHaveValue('');
  const saved = await noteField(kept).inputValue();
  expect([...typed.values()]).toContain(saved);

  for (const [tab, text] of typed) {
    await expect(noteField(tab)).toHaveValue(saved);
    if (text === saved) continue;
    // The losing tab says so on screen and still shows what was typed there.
    const conflict = casePanel(tab)
      .getByRole('alert')
      .filter({ hasText: /note/i })
      .filter({ hasText: /another tab/i });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText(text);
    await expect(conflict).toContainText('Your note on this step');
    await expectNoSeriousViolations(tab);
    // Dismissed, it is gone (for this page).
    await conflict.getByRole('button', { name: 'Dismiss' }).click();
    await expect(conflict).toHaveCount(0);
  }
});

test('a rename on the home page of the same tab survives its next save after Back', async ({
  page,
  context,
}) => {
  await startSession(page, '2601100070000004');
  await answerToMethod2(page);

  await page.getByRole('banner').getByRole('link').first().click();
  await recent(page).getByRole('button', { name: 'Rename Case 2601100070000004' }).click();
  await recent(page).getByLabel('Case number (optional)').fill('2601100070000044');
  await recent(page).getByRole('button', { name: 'Save' }).click();
  await expect(recent(page).getByRole('heading', { name: 'Case 2601100070000044' })).toBeVisible();
  await page.goBack();
  await expect(h1(page)).toHaveText(method2);
  await waAppAgentLog(page).check();
  await expect(casePanel(page)).toContainText('Case 2601100070000044');

  const home = await context.newPage();
  await home.goto('/');
  await expect(recent(home).getByRole('heading', { level: 3 })).toHaveText([
    'Case 2601100070000044',
  ]);
  const kept = await reopen(context, '2601100070000044');
  await expect(waAppAgentLog(kept)).toBeChecked();
});

test('a rename on the home page of another tab survives a save made at the same moment', async ({
  page,
  context,
}) => {
  await startSession(page, '2601100070000008');
  await answerToMethod2(page);

  const home = await context.newPage();
  await home.goto('/');
  await recent(home).getByRole('button', { name: 'Rename Case 2601100070000008' }).click();
  await recent(home).getByLabel('Case number (optional)').fill('2601100070000088');
  await atOneMoment(
    [recent(home).getByRole('button', { name: 'Save' }), waAppAgentLog(page)],
    'click',
  );
  await expect(waAppAgentLog(page)).toBeChecked();
  await expect(casePanel(page)).toContainText('Case 2601100070000088');

  const later = await context.newPage();
  await later.goto('/');
  await expect(recent(later).getByRole('heading', { level: 3 })).toHaveText([
    'Case 2601100070000088',
  ]);
  const kept = await reopen(context, '2601100070000088');
  await expect(waAppAgentLog(kept)).toBeChecked();
});

test('a reload right after typing a note keeps the note', async ({ page }) => {
  await startSession(page, '2601100070000005');
  await answerToMethod2(page);
  await noteField(page).fill('Typed just before the reload');
  await page.reload();
  await expect(h1(page)).toHaveText(method2);
  await expect(noteField(page)).toHaveValue('Typed just before the reload');
});

test('a tab opened from a session tab does not take the session over', async ({
  page,
  context,
}) => {
  await startSession(page, '2601100070000006');
  await answerToMethod2(page);

  // window.open copies this tab's sessionStorage (and so its session pointer) into the new tab.
  const [opened] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate(() => {
      window.open('/extension-failures/collect/asc?log-permission=granted&v=1');
    }),
  ]);
  await expect(h1(opened)).toHaveText(method1);
  await expect(casePanel(opened)).toContainText(notSaving);
  await choose(opened, 'The report gave me the logs I need');
  await expect(h1(opened)).toHaveText('Which error does the failed backup job show?');

  const home = await context.newPage();
  await home.goto('/');
  await expect(recent(home)).toContainText('At: Method 2: manual collection');
  const kept = await reopen(context, '2601100070000006');
  await expect(h1(kept)).toHaveText(method2);
});

test('a tab whose pointer was copied from another tab never writes through it', async ({
  page,
  context,
}) => {
  await startSession(page, '2601100070000007');
  await answerToMethod2(page);
  const pointer = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));

  const other = await context.newPage();
  await startSession(other, '2601100070000077');
  await other.evaluate((entries) => {
    for (const [key, value] of JSON.parse(entries) as [string, string][]) {
      if (key.startsWith('tsg-wizard:')) sessionStorage.setItem(key, value);
    }
  }, pointer);
  await other.reload();
  await expect(h1(other)).toHaveText('Has the customer granted permission to collect logs?');
  await expect(casePanel(other)).not.toContainText('Case 2601100070000007');
  await choose(other, 'No, permission is not granted');
  await expect(h1(other)).toHaveText(
    'Logs cannot be collected until the customer grants permission',
  );

  const home = await context.newPage();
  await home.goto('/');
  const first = recent(home).getByRole('listitem').filter({ hasText: 'Case 2601100070000007' });
  await expect(first).toContainText('At: Method 2: manual collection');
});

test('with storage blocked, the home page says sessions cannot be saved in this browser', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === window.localStorage) throw new DOMException('blocked', 'SecurityError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/');
  await expect(recent(page)).toContainText(/sessions cannot be saved in this browser/i);
  await expect(recent(page)).not.toContainText('No case sessions yet');
});
