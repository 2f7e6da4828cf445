import { expect, test } from '@playwright/test';
import { choose, h1 } from './support/walk';

test('browser Back, Forward and reload agree with the screen', async ({ page }) => {
  await page.goto('/extension-failures');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
  await choose(page, 'Yes, Log Permission shows Granted');
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');
  await choose(page, "Inspect IaaS Disk isn't working");
  await expect(h1(page)).toHaveText("Method 2: collect logs manually from the customer's VM");

  await page.goBack();
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');
  await expect(page.getByLabel("Inspect IaaS Disk isn't working")).toBeChecked();
  await page.reload();
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');
  await page.goBack();
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
  await page.goForward();
  await page.goForward();
  await expect(h1(page)).toHaveText("Method 2: collect logs manually from the customer's VM");
  await expect(page.getByRole('region', { name: 'How you got here' })).toContainText(
    "Inspect IaaS Disk isn't working",
  );
});

test('the Back link returns to the previous step with its answer kept', async ({ page }) => {
  await page.goto(
    '/extension-failures/symptoms/error-code?log-permission=granted&collect-asc=need-more&collect-manual=collected&v=1',
  );
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText("Method 2: collect logs manually from the customer's VM");
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');
  await expect(page.getByLabel('I need a more comprehensive set of logs')).toBeChecked();
});

test('Change keeps the answers that still apply and returns to where you were', async ({
  page,
}) => {
  await page.goto(
    '/extension-failures/cause/msvc-dll-mismatch?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=install-provider-com-exception&dll-dates=differ&v=1',
  );
  await page.getByRole('link', { name: 'Change Error code' }).click();
  await expect(h1(page)).toHaveText('Which error does the failed backup job show?');
  await expect(page.getByLabel('ExtensionSnapshotFailedCOM')).toBeChecked();
  await choose(page, 'ExtensionInstallationFailedMDTC');
  // Still Cause 3 with the new error code: straight back, every other answer kept.
  await expect(h1(page)).toHaveText('Cause 3: Error due to msvc.dlls file version mis-match');
  const summary = page.getByRole('region', { name: 'How you got here' });
  await expect(summary).toContainText('ExtensionInstallationFailedMDTC');
  await expect(summary).toContainText('Yes, the Modified dates are different');
});

test('Change drops the answers that no longer apply and asks what is new', async ({ page }) => {
  await page.goto(
    '/extension-failures/cause/desktop-heap?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&findings=event-4689&reboot=yes&v=1',
  );
  await expect(h1(page)).toHaveText('Cause 1: Error desktop heap exhausted');
  await page.getByRole('link', { name: 'Change Found in the logs' }).click();
  await page.getByLabel('Event ID 4689 in the Windows Application log').uncheck();
  await page.getByLabel('Install provider failed … COMException (0x80110401)').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Cause 1 no longer applies: the DLL question is new, and the reboot answer is gone.
  await expect(h1(page)).toHaveText(
    'Do msvcp120.dll and msvcr120.dll have different Modified dates?',
  );
  await expect(page).not.toHaveURL(/reboot=/);
  await expect(page.getByRole('region', { name: 'How you got here' })).not.toContainText(
    'Reboot solves it temporarily',
  );
});

test('a reload right after choosing keeps the choice, as chosen, with nothing answered yet', async ({
  page,
}) => {
  const findings =
    '/extension-failures/symptoms/findings?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&v=1';
  await page.goto(findings);
  await expect(h1(page)).toHaveText('What did you find at the time of the failure?');
  const options = page.getByRole('group').getByRole('checkbox');
  await options.nth(1).check();
  await options.nth(0).check();
  await page.reload();
  await expect(h1(page)).toHaveText('What did you find at the time of the failure?');
  await expect(options.nth(0)).toBeChecked();
  await expect(options.nth(1)).toBeChecked();
  await expect(options.nth(2)).not.toBeChecked();

  // Unticked again: a reload shows them unticked.
  await options.nth(0).uncheck();
  await options.nth(1).uncheck();
  await page.reload();
  await expect(h1(page)).toHaveText('What did you find at the time of the failure?');
  await expect(page.getByRole('group').getByRole('checkbox', { checked: true })).toHaveCount(0);
  // Nothing was answered: the way here does not list it.
  const firstLabel = (await page.getByRole('group').locator('label').first().textContent())!;
  await expect(page.getByRole('region', { name: 'How you got here' })).toContainText(
    'Log permission',
  );
  await expect(page.getByRole('region', { name: 'How you got here' })).not.toContainText(
    firstLabel,
  );
});

test('Continue without an answer shows an error and keeps the page', async ({ page }) => {
  await page.goto('/extension-failures/log-permission');
  await page.getByRole('button', { name: 'Continue' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Select an answer');
  await expect(alert).toBeFocused();
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
});

test('"None of these" and the other findings exclude each other', async ({ page }) => {
  await page.goto(
    '/extension-failures/symptoms/findings?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&v=1',
  );
  await page.getByLabel('An error related to the IaaSVM provider state').check();
  await page.getByLabel('None of these').check();
  await expect(page.getByLabel('An error related to the IaaSVM provider state')).not.toBeChecked();
  await page.getByLabel('An error related to the IaaSVM provider state').check();
  await expect(page.getByLabel('None of these')).not.toBeChecked();
});

test('the whole guide works with the keyboard alone', async ({ page }) => {
  await page.goto('/extension-failures');
  await page.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toBeFocused();
  // Tab to the first radio, choose it with Space, submit with Enter.
  await page.getByLabel('Yes, Log Permission shows Granted').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');
  await expect(h1(page)).toBeFocused();
  // From the heading, Tab reaches the glossary term (its definition shows on focus, Escape hides
  // it), then the checklist, in document order.
  const term = page.getByRole('button', { name: 'ASC', exact: true });
  await page.keyboard.press('Tab');
  await expect(term).toBeFocused();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(/Azure Support Center: Microsoft/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await page.getByLabel('The report gave me the logs I need').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Which error does the failed backup job show?');
  // Arrow keys move between radios, as native radios do.
  await page.getByLabel('ExtensionSnapshotFailedCOM').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('ExtensionInstallationFailedCOM')).toBeChecked();
});
