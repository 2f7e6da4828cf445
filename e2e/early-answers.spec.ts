import { expect, test, type Page } from '@playwright/test';
import { appSettled } from './support/app-settled';
import { holdAppScript, throttleCpu } from './support/hold-app-script';
import { h1 } from './support/walk';

/**
 * An answer is given once, whenever it is given: before the app has loaded on a slow device (the
 * prerendered page's form is usable from its first paint), or with a double-click.
 */

const permission = '/extension-failures/log-permission';
const granted = 'Yes, Log Permission shows Granted';
const method1 = 'Method 1: collect logs using ASC';
const historyLength = (page: Page) => page.evaluate(() => history.length);

test('an answer given before the app runs is held, and given once the app runs, as chosen', async ({
  page,
}) => {
  await throttleCpu(page, 6);
  const releaseApp = await holdAppScript(page);
  await page.goto(permission, { waitUntil: 'domcontentloaded' });
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
  const before = await historyLength(page);
  await page.getByLabel(granted).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Held: not sent as a page load with the form's fields in the URL.
  await expect(page).toHaveURL(new RegExp(`${permission}$`));
  await expect(page.getByLabel(granted)).toBeChecked();
  releaseApp();

  await expect(h1(page)).toHaveText(method1);
  await expect(page).toHaveURL(/\/extension-failures\/collect\/asc\?log-permission=granted&v=1$/);
  await appSettled(page);
  expect(await historyLength(page)).toBe(before + 1);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Back shows the question as it was answered.
  await page.goBack();
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
  await expect(page.getByLabel(granted)).toBeChecked();
});

test('an answer chosen before the app runs is still chosen once it runs', async ({ page }) => {
  await throttleCpu(page, 6);
  const releaseApp = await holdAppScript(page);
  await page.goto(permission, { waitUntil: 'domcontentloaded' });
  await page.getByLabel(granted).check();
  releaseApp();
  await appSettled(page);
  await expect(page.getByLabel(granted)).toBeChecked();

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText(method1);
  await expect(page).toHaveURL(/log-permission=granted/);
});

/** The timeline of the tab's case session, as stored. */
const timeline = (page: Page) =>
  page.evaluate(() => {
    // The tab pointer: `{ session, token }` (src/features/sessions/tab-pointer.ts).
    const pointer = JSON.parse(sessionStorage.getItem('tsg-wizard:active-session') ?? '{}');
    const id = pointer.session as string | undefined;
    const record = JSON.parse(localStorage.getItem(`tsg-wizard:session:${id}`) ?? '{}');
    return (record.session?.timeline ?? []) as { stepId: string; value: string }[];
  });

test('a double-click on Continue answers once: one history entry, one timeline entry', async ({
  page,
}) => {
  await page.goto('/extension-failures');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
  await throttleCpu(page, 6);
  const before = await historyLength(page);

  await page.getByLabel(granted).check();
  await page.getByRole('button', { name: 'Continue' }).dblclick();
  await expect(h1(page)).toHaveText(method1);
  await page.waitForTimeout(500);
  // The second click, landing on the next step, chose and sent nothing there, and selected no text.
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');

  expect(await historyLength(page)).toBe(before + 1);
  expect(await timeline(page)).toEqual([
    expect.objectContaining({ stepId: 'log-permission', value: 'granted' }),
  ]);
});

test('a double-click on a step’s confirming button answers once', async ({ page }) => {
  await page.goto(
    '/extension-failures/cause/msvc-dll-mismatch?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&findings=install-provider-com-exception&dll-dates=differ&v=1',
  );
  await appSettled(page);
  await throttleCpu(page, 6);
  const before = await historyLength(page);
  const confirm = page
    .getByRole('main')
    .getByRole('button')
    .filter({ hasText: /^I have/ });
  await confirm.dblclick();
  await expect(h1(page)).toHaveText('Did the backup succeed when you retried it?');
  await page.waitForTimeout(500);
  expect(await historyLength(page)).toBe(before + 1);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});
