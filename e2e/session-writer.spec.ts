import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import {
  answerToMethod2,
  casePanel,
  choose,
  h1,
  method1,
  method2,
  noteField,
  recentSessions as recent,
  startSession,
  waAppAgentLog,
} from './support/walk';

/**
 * What the one writer of case sessions (ADR 006) changes for the engineer, beyond the races of
 * `session-races.spec.ts`: a note over the limit, pre-filled steps after the browser's Back, a
 * session deleted while a tab holds it (a note lost to another tab: `session-races.spec.ts`).
 */

const errorCode = 'Which error does the failed backup job show?';

test('a note over the limit is refused with a message while typing, never cut, and saved once shortened', async ({
  page,
}) => {
  await startSession(page, '2601100070000101');
  await answerToMethod2(page);
  await noteField(page).fill('Saved first');
  await noteField(page).blur();

  const pasted = `${'x'.repeat(20_000)}TAIL`;
  await noteField(page).fill(pasted);
  const refused = casePanel(page).getByRole('alert').filter({ hasText: 'not saved' });
  await expect(refused).toContainText('longer than 20,000 characters');
  await noteField(page).blur();
  // Still there in full, to be shortened; the saved note is the earlier one.
  await expect(refused).toBeVisible();
  await expect(noteField(page)).toHaveValue(pasted);
  await expectNoSeriousViolations(page);

  await noteField(page).press('End');
  for (let i = 0; i < 4; i++) await noteField(page).press('Backspace');
  await expect(refused).toBeHidden();
  await noteField(page).blur();
  await page.reload();
  await expect(h1(page)).toHaveText(method2);
  await expect(noteField(page)).toHaveValue('x'.repeat(20_000));
});

test('after the browser’s Back, answering again keeps the later answers of the session pre-filled', async ({
  page,
}) => {
  await startSession(page, '2601100070000102');
  await choose(page, 'Yes, Log Permission shows Granted');
  await choose(page, 'The report gave me the logs I need');
  await choose(page, 'ExtensionInstallationFailedCOM');
  await expect(h1(page)).toHaveText('What did you find at the time of the failure?');
  await page.goBack();
  await page.goBack();
  await expect(h1(page)).toHaveText(method1);

  await choose(page, 'The report gave me the logs I need');
  await expect(h1(page)).toHaveText(errorCode);
  await expect(page.getByLabel('ExtensionInstallationFailedCOM', { exact: true })).toBeChecked();
});

test('a session deleted in another tab: the tab says so and keeps showing its work', async ({
  page,
  context,
}) => {
  await startSession(page, '2601100070000103');
  await answerToMethod2(page);
  const home = await context.newPage();
  await home.goto('/');
  await recent(home).getByRole('button', { name: 'Delete Case 2601100070000103' }).click();
  await recent(home).getByRole('button', { name: 'Yes, delete Case 2601100070000103' }).click();
  await expect(recent(home)).toContainText('No case sessions yet');

  await expect(casePanel(page).getByRole('alert')).toContainText(
    'This case session was deleted in another tab',
  );
  await waAppAgentLog(page).check();
  await expect(waAppAgentLog(page)).toBeChecked();
  await expect(casePanel(page)).toContainText('Case 2601100070000103');
  // Not brought back by the change.
  await home.reload();
  await expect(recent(home)).toContainText('No case sessions yet');
});
