import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { choose, h1, method1 } from './support/walk';

const toggle = (page: Page) =>
  page.getByRole('button', { name: 'Report a problem with this step' });
const comment = (page: Page) => page.getByLabel('What is wrong, and what should the step say?');
const copyReport = (page: Page) => page.getByRole('button', { name: 'Copy report' });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

const caseNumber = '2611290010000042';
const cause3Link =
  '/extension-failures/cause/msvc-dll-mismatch?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-mdtc&findings=install-provider-com-exception&dll-dates=differ&v=1';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the report holds the step, its link with answers and the comment, never the case number', async ({
  page,
}) => {
  await page.goto('/extension-failures');
  await page.getByLabel('Case number (optional)').fill(caseNumber);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await choose(page, 'Yes, Log Permission shows Granted');
  await expect(h1(page)).toHaveText(method1);
  await page.getByLabel('Your notes on this step').fill('Customer Contoso, VM sql-prod-01');
  await page.getByLabel('Your notes on this step').blur();

  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Unclear').check();
  await comment(page).fill('Which Mode option gives the event logs?');
  await copyReport(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toHaveText(
    'Copied. Paste it into a message to StorageMediaEdge_Backup.',
  );

  const report = await clipboard(page);
  expect(report).toContain('Guide: Extension COM and MDTC failures');
  expect(report).toContain('TSG article id: 16c5d754-945d-4777-9baf-eb087fd3b1af');
  expect(report).toContain('Guide version: 1');
  expect(report).toContain(`Step: ${method1}`);
  expect(report).toContain('Step id: collect-asc');
  expect(report).toMatch(
    /Step link \(with the answers below\): http:\/\/127\.0\.0\.1:\d+\/extension-failures\/collect\/asc\?log-permission=granted&v=1\n/,
  );
  expect(report).toContain('- Log permission: Yes, Log Permission shows Granted');
  expect(report).toContain('Problem: Unclear');
  expect(report).toContain('Which Mode option gives the event logs?');
  expect(report).not.toContain(caseNumber);
  expect(report).not.toContain('Contoso');
  // The guide has no owner's address: say who to send it to, offer no e-mail link.
  await expect(page.getByText('This guide gives no e-mail address for its owners')).toContainText(
    'StorageMediaEdge_Backup',
  );
  await expect(page.getByRole('link', { name: 'Open as an e-mail' })).toHaveCount(0);

  // The link in the report opens the step with its answers.
  const link = /Step link \(with the answers below\): (\S+)/.exec(report)![1]!;
  await page.goto(link);
  await expect(h1(page)).toHaveText(method1);
  await expect(page.getByRole('region', { name: 'How you got here' })).toContainText(
    'Yes, Log Permission shows Granted',
  );
});

test('the draft survives closing the panel, going to other steps and back, and a reload', async ({
  page,
}) => {
  await page.goto(cause3Link);
  await toggle(page).click();
  await page.getByLabel('Outdated').check();
  await comment(page).fill('The installer is now vcredist_x64.exe.');

  // Closed and opened again.
  await toggle(page).click();
  await expect(comment(page)).toHaveCount(0);
  await toggle(page).click();
  await expect(comment(page)).toHaveValue('The installer is now vcredist_x64.exe.');

  // Away to another step (its own, empty report) and back.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText(
    'Do msvcp120.dll and msvcr120.dll have different Modified dates?',
  );
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await page.goBack();
  await expect(h1(page)).toHaveText('Cause 3: Error due to msvc.dlls file version mis-match');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(comment(page)).toHaveValue('The installer is now vcredist_x64.exe.');
  await expect(page.getByLabel('Outdated')).toBeChecked();

  // The same step opened as a reference shares the draft; a reload keeps it.
  await page.goto('/extension-failures/cause/msvc-dll-mismatch');
  await page.reload();
  await expect(comment(page)).toHaveValue('The installer is now vcredist_x64.exe.');

  // Discarded on purpose, after a confirmation.
  await page.getByRole('button', { name: 'Discard this report' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(comment(page)).toHaveValue('The installer is now vcredist_x64.exe.');
  await page.getByRole('button', { name: 'Discard this report' }).click();
  await page.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(comment(page)).toHaveValue('');
  await expect(page.getByLabel('Outdated')).not.toBeChecked();
  await expect(toggle(page)).toBeFocused();
  await page.reload();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
});

test('a report needs a kind and a comment; an over-long comment is refused, never cut', async ({
  page,
}) => {
  await page.goto('/extension-failures/symptoms/findings');
  await toggle(page).click();
  await copyReport(page).click();
  await expect(page.getByText('Choose what is wrong with the step.')).toBeVisible();
  await expect(page.getByText('Say what is wrong with the step.')).toBeVisible();
  await expect(page.getByLabel('Incorrect')).toBeFocused();

  await page.getByLabel('Missing something').check();
  await expect(page.getByText('Choose what is wrong with the step.')).toHaveCount(0);
  const long = 'The System log should be saved too. '.repeat(60);
  await comment(page).fill(long);
  await expect(page.getByRole('alert')).toHaveText(
    'Your comment is over 2,000 characters: shorten it to send the report. Nothing you typed has been cut.',
  );
  await expect(comment(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText(`${long.length.toLocaleString('en')} of 2,000 characters`),
  ).toBeVisible();
  await page.evaluate(() => navigator.clipboard.writeText('unchanged'));
  await copyReport(page).click();
  await expect(comment(page)).toBeFocused();
  expect(await clipboard(page)).toBe('unchanged');
  await expect(comment(page)).toHaveValue(long);

  await comment(page).fill(long.slice(0, 1990));
  await expect(page.getByRole('alert')).toHaveText('');
  await copyReport(page).click();
  expect(await clipboard(page)).toContain('Problem: Missing something');
});

test('offline: the form says it could not load, and loads on a retry', async ({ page }) => {
  await page.goto('/extension-failures/retry');
  await expect(toggle(page)).toBeVisible();
  await page.route('**/assets/report-problem-panel-*.js', (route) => route.abort());
  await toggle(page).click();
  await expect(page.getByText('The report form could not be loaded.')).toBeVisible();
  await page.unroute('**/assets/report-problem-panel-*.js');
  await page.getByRole('button', { name: 'try again' }).click();
  await page.getByLabel('Incorrect').check();
  await comment(page).fill('Typed after a retry.');
  await expect(comment(page)).toHaveValue('Typed after a retry.');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the report control, open, with its messages (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(cause3Link);
    await expectNoSeriousViolations(page);
    await toggle(page).click();
    await copyReport(page).click();
    await expect(page.getByText('Choose what is wrong with the step.')).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByLabel('Incorrect').check();
    await comment(page).fill('x'.repeat(2001));
    await expectNoSeriousViolations(page);
    await comment(page).fill('Step 2 names the wrong package.');
    await page.getByText('See the report').click();
    await expectNoSeriousViolations(page);
  });
}
