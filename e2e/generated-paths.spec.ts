import { expect, test } from '@playwright/test';
import { clickThroughCoveringPaths } from './support/guide-tests';
import { productionGuides } from './support/guides';

// One test per path generated from each guide's machine (xstate/graph): a step or answer added
// to a machine is clicked through here with no new test written.
clickThroughCoveringPaths(productionGuides);

test('two of three Cause 1 symptoms never reach Cause 1, and the screen says why', async ({
  page,
}) => {
  await page.goto(
    '/extension-failures/symptoms/reboot?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&findings=event-4689,iaasvm-provider&v=1',
  );
  await page.getByLabel('No, a reboot does not help').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Cause 2: Error due to IaaS VM provider Service',
  );
  const why = page.getByRole('region', { name: /Not Cause 1/ });
  await expect(why).toContainText('2 of its 3 symptoms');
  await expect(why).toContainText('A reboot solves the issue temporarily: no');
});

test('a snapshot failure with Event 4689 skips the reboot question and says why', async ({
  page,
}) => {
  await page.goto(
    '/extension-failures/symptoms/findings?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&v=1',
  );
  await page.getByLabel('Event ID 4689 in the Windows Application log').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check the other known issues');
  await expect(page.getByRole('region', { name: /Not Cause 1/ })).toContainText(
    'ExtensionIntallation Failure: no (ExtensionSnapshotFailedCOM)',
  );
});
