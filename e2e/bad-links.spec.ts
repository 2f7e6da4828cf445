import { expect, test } from '@playwright/test';
import { h1 } from './support/walk';

test('an unknown step says so and offers the way back', async ({ page }) => {
  await page.goto('/extension-failures/cause/no-such-cause');
  await expect(h1(page)).toHaveText('There is no such step in this guide');
  await page.getByRole('link', { name: 'start the guide from the beginning' }).click();
  await expect(h1(page)).toHaveText('Troubleshoot extension COM and MDTC backup failures');
});

test('a mistyped step offers the step it most likely meant, keeping the link’s answers', async ({
  page,
}) => {
  await page.goto(
    '/extension-failures/findings?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&v=1',
  );
  await expect(h1(page)).toHaveText('There is no such step in this guide');
  await page
    .getByRole('region', { name: 'Did you mean' })
    .getByRole('link', { name: 'What did you find at the time of the failure?' })
    .click();
  await expect(h1(page)).toHaveText('What did you find at the time of the failure?');
  await expect(page).toHaveURL(/\/extension-failures\/symptoms\/findings\?log-permission=granted&/);
  await expect(page.getByRole('region', { name: 'How you got here' })).toContainText(
    'ExtensionInstallationFailedCOM',
  );
});

test('an unknown page outside the guide says so', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(h1(page)).toHaveText('Page not found');
});

test('a tampered answer is refused with a clear message, and nothing runs from the URL', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto(
    '/extension-failures/collect/asc?log-permission=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&v=1',
  );
  await expect(h1(page)).toHaveText("This link can't be opened as it is");
  await expect(page.getByRole('main')).toContainText(
    'is not one of the answers this question offers',
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
  await page.getByRole('link', { name: /on its own, without answers/ }).click();
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');
});

test('an unknown key and a malformed version are refused', async ({ page }) => {
  await page.goto('/extension-failures/log-permission?case=12345&v=abc');
  await expect(h1(page)).toHaveText("This link can't be opened as it is");
  await expect(page.getByRole('main')).toContainText('a question this guide does not ask');
  await expect(page.getByRole('main')).toContainText('not a version number');
});

test('answers that contradict each other are refused, with the part that fits offered', async ({
  page,
}) => {
  // A snapshot failure is never asked about a reboot.
  await page.goto(
    '/extension-failures/known-issues?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=event-4689&reboot=yes&v=1',
  );
  await expect(h1(page)).toHaveText("This link can't be opened as it is");
  await expect(page.getByRole('main')).toContainText('contradict');
  await page.getByRole('link', { name: /with the answers that fit together/ }).click();
  await expect(h1(page)).toHaveText('Check the other known issues');
  await expect(page).not.toHaveURL(/reboot=/);
});

test('a link cannot force Cause 1 with two of its three symptoms', async ({ page }) => {
  await page.goto(
    '/extension-failures/cause/desktop-heap?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&findings=event-4689&reboot=no&v=1',
  );
  await expect(h1(page)).toHaveText("This link can't be opened as it is");
  await page.getByRole('link', { name: /where these answers lead/ }).click();
  await expect(h1(page)).toHaveText('Check the other known issues');
});

test('a link from a newer version of the guide than this one still opens, and says so', async ({
  page,
}) => {
  await page.goto('/extension-failures/collect/asc?log-permission=granted&v=2');
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');
  await expect(page.getByRole('note').first()).toContainText(
    'made with version 2 of the guide, newer than this copy (version 1)',
  );
});
