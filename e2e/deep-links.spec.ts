import { expect, test } from '@playwright/test';
import { deepLinkTests } from './support/guide-tests';
import { productionGuide, productionGuides } from './support/guides';

// Links pasted into case records: each opens alone, in a fresh browser, on exactly its step,
// with the TSG's words its guide lists for it (its pages' `facts:`).
deepLinkTests(productionGuides);

test('the known issues page links to the wiki, opening in a new tab with no referrer', async ({
  page,
}) => {
  await page.goto('/extension-failures/known-issues');
  const link = page.getByRole('link', { name: /known issues/ });
  await expect(link).toHaveAttribute(
    'href',
    productionGuide('extension-failures').manifest.wikiUrl!,
  );
  await expect(link).toHaveAttribute('rel', /noreferrer/);
});

test('a step opened without answers is a reference: full content, no answer form', async ({
  page,
}) => {
  await page.goto('/extension-failures/cause/msvc-dll-mismatch');
  await expect(page.getByText('You opened this step on its own, as a reference.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'I have applied these steps' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'start from the beginning' })).toBeVisible();
});

test('a link with answers reproduces the step and its answers in a fresh browser', async ({
  browser,
}) => {
  const link =
    '/extension-failures/cause/msvc-dll-mismatch?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-mdtc&findings=install-provider-com-exception&dll-dates=differ&v=1';
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Cause 3: Error due to msvc.dlls file version mis-match',
  );
  const summary = page.getByRole('region', { name: 'How you got here' });
  await expect(summary).toContainText('Yes, Log Permission shows Granted');
  await expect(summary).toContainText('ExtensionInstallationFailedMDTC');
  await expect(summary).toContainText('Install provider failed … COMException (0x80110401)');
  await expect(summary).toContainText('Yes, the Modified dates are different');
  await context.close();
});

test('"Copy link to this step" copies a link that reopens the step with its answers', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(
    '/extension-failures/symptoms/findings?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&v=1',
  );
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/extension-failures\/symptoms\/findings\?/);
  expect(copied).toContain('error-code=extension-snapshot-failed-com');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(
    'What did you find at the time of the failure?',
  );
  await expect(other.getByRole('region', { name: 'How you got here' })).toContainText(
    'ExtensionSnapshotFailedCOM',
  );
  await fresh.close();
});
