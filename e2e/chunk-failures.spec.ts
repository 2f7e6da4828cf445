import { expect, test, type Page } from '@playwright/test';
import { appSettled } from './support/app-settled';
import { h1 } from './support/walk';

/**
 * A step whose code or content cannot be loaded (offline, or removed by a redeploy while the tab
 * was open) says so and offers Retry; the screen and the URL never part ways; it is tried again
 * by itself a handful of times, never in a storm; and after a redeploy the tab reloads to the new
 * version without losing what was typed.
 */

const permission = '/extension-failures/log-permission';
const permissionQuestion = 'Has the customer granted permission to collect logs?';
/** The question's own link with its answer chosen (what the tab shows once it is chosen). */
const permissionChosen = new RegExp(`${permission}\\?log-permission=granted&v=1$`);
const granted = 'Yes, Log Permission shows Granted';
const method1 = 'Method 1: collect logs using ASC';
/** The chunks of Method 1's page (its compiled page, and its source for the case note). */
const method1Chunks = /\/assets\/collect-asc-[^/]+\.js$/;
const alert = (page: Page) => page.getByRole('main').getByRole('alert');

/** Every request for the chunks matching `pattern` (the probe's too). */
function countRequests(page: Page, pattern: RegExp): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (pattern.test(new URL(request.url()).pathname)) {
      seen.push(`${request.method()} ${request.url()}`);
    }
  });
  return seen;
}

/** Fails the chunks matching `pattern` (a network error, or `status`) until `release` is called. */
async function failChunks(page: Page, pattern: RegExp, status?: number) {
  let failing = true;
  await page.route(pattern, (route) => {
    if (!failing) return route.fallback();
    return status
      ? route.fulfill({ status, body: 'Not found' })
      : route.abort('internetdisconnected');
  });
  return () => {
    failing = false;
  };
}

test('Continue to a step that cannot be loaded: the question stays, with its URL, says so, retries a handful of times, and Retry goes on', async ({
  page,
}) => {
  const requests = countRequests(page, method1Chunks);
  const release = await failChunks(page, method1Chunks);
  await page.goto(permission);
  await appSettled(page);
  await page.getByLabel(granted).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(alert(page)).toContainText(`The next step, “`);
  await expect(alert(page)).toContainText('could not be loaded');
  await expect(page).toHaveURL(permissionChosen);
  await expect(h1(page)).toHaveText(permissionQuestion);
  await expect(page.getByLabel(granted)).toBeChecked();

  // Tried again by itself, a few times: not a storm.
  await page.waitForTimeout(8000);
  await expect(page).toHaveURL(permissionChosen);
  console.log(`Continue blocked for 8 s: ${requests.length} requests for the chunk`);
  expect(requests.length, requests.join('\n')).toBeGreaterThan(2);
  expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(10);

  release();
  await alert(page).getByRole('button', { name: 'Retry' }).click();
  await expect(h1(page)).toHaveText(method1);
  await expect(page).toHaveURL(/\/extension-failures\/collect\/asc\?log-permission=granted&v=1$/);
  await expect(alert(page)).toHaveCount(0);
  // Back shows the question as it was answered.
  await page.goBack();
  await expect(h1(page)).toHaveText(permissionQuestion);
  await expect(page.getByLabel(granted)).toBeChecked();
});

test('offline: Continue says the browser is offline, and goes on by itself when it is back online', async ({
  page,
  context,
}) => {
  // Not loaded before the connection goes (its prefetch failed).
  const release = await failChunks(page, method1Chunks);
  await page.goto(permission);
  await appSettled(page);
  await context.setOffline(true);
  release();
  await page.getByLabel(granted).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(alert(page)).toContainText('this browser seems to be offline');
  await expect(page).toHaveURL(permissionChosen);
  await expect(h1(page)).toHaveText(permissionQuestion);

  await context.setOffline(false);
  await expect(h1(page)).toHaveText(method1);
  await expect(page).toHaveURL(/\/extension-failures\/collect\/asc\?log-permission=granted&v=1$/);
});

test('a link to a step that cannot be loaded: the step it was on stays, with its URL, says so, and Retry goes on', async ({
  page,
}) => {
  const pages = /\/assets\/log-permission-[^/]+\.js$/;
  const requests = countRequests(page, pages);
  const release = await failChunks(page, pages);
  // Opened from a link: the previous step's page has not been loaded in this tab.
  const method1Link = '/extension-failures/collect/asc?log-permission=granted&v=1';
  await page.goto(method1Link);
  await appSettled(page);
  await expect(h1(page)).toHaveText(method1);

  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(alert(page)).toContainText('could not be loaded');
  await expect(alert(page)).toContainText('Log permission');
  await expect(h1(page)).toHaveText(method1);
  await expect(page).toHaveURL(new RegExp(`${method1Link.replace(/[?]/g, '\\?')}$`));
  await page.waitForTimeout(5000);
  console.log(`A link blocked for 5 s: ${requests.length} requests for the chunk`);
  expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(8);

  release();
  await alert(page).getByRole('button', { name: 'Retry' }).click();
  await expect(h1(page)).toHaveText(permissionQuestion);
  await expect(page.getByLabel(granted)).toBeChecked();
  await expect(page).toHaveURL(/\/extension-failures\/log-permission\?log-permission=granted&v=1$/);
  await expect(alert(page)).toHaveCount(0);
});

test('a page opened whose code cannot be loaded says so at its own URL, and Retry shows it', async ({
  page,
}) => {
  const guideCode = /\/assets\/extension-failures-[^/]+\.js$/;
  const release = await failChunks(page, guideCode);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A prerendered step page: the app shows the failure in its place, with no hydration error.
  await page.goto('/extension-failures/retry');
  await expect(h1(page)).toHaveText('This page could not be loaded');
  await expect(alert(page)).toContainText('could not be loaded');
  await expect(page).toHaveURL(/\/extension-failures\/retry$/);

  release();
  await alert(page).getByRole('button', { name: 'Retry' }).click();
  await expect(h1(page)).toHaveText('Did the backup succeed when you retried it?');
  await expect(page).toHaveURL(/\/extension-failures\/retry$/);
  expect(errors).toEqual([]);
});

test('after a redeploy (the old chunk is gone), the tab reloads to the new version and keeps what was typed', async ({
  page,
}) => {
  // A case session, a note being typed, and a problem report drafted on the question.
  await page.goto('/extension-failures');
  await appSettled(page);

  // From here on the server has a new version: this tab's chunk for Method 1 is gone.
  let redeployed = true;
  let reloads = 0;
  await page.route(method1Chunks, (route) =>
    redeployed ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
  );
  page.on('request', (request) => {
    if (request.isNavigationRequest()) {
      reloads += 1;
      // The reloaded page is the new version, which has its chunks.
      redeployed = false;
    }
  });

  await page.getByLabel('Case number (optional)').fill('2611290010000077');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(h1(page)).toHaveText(permissionQuestion);
  await page.getByRole('button', { name: 'Report a problem with this step' }).click();
  await page
    .getByLabel('What is wrong, and what should the step say?')
    .fill('The Log Permission column is called Status in our portal.');
  await page.getByLabel(granted).check();
  const note = page.getByLabel('Your notes on this step');
  await note.fill('Customer granted at 10:42');
  // Continue pressed while the note's save still waits for a pause in typing (no blur).
  await page.getByRole('button', { name: 'Continue' }).dispatchEvent('click');

  await expect(h1(page)).toHaveText(method1);
  await expect(page).toHaveURL(/\/extension-failures\/collect\/asc\?log-permission=granted&v=1$/);
  expect(reloads).toBe(1);
  await appSettled(page);
  await expect(page.getByRole('region', { name: 'Case session' })).toContainText(
    'Case 2611290010000077',
  );

  await page.goBack();
  await expect(h1(page)).toHaveText(permissionQuestion);
  await expect(page.getByLabel('Your notes on this step')).toHaveValue('Customer granted at 10:42');
  await expect(page.getByLabel('What is wrong, and what should the step say?')).toHaveValue(
    'The Log Permission column is called Status in our portal.',
  );
});

test('the case note’s code failing to load says so in the panel, and Retry opens it', async ({
  page,
}) => {
  const release = await failChunks(page, /\/assets\/case-note-dialog-[^/]+\.js$/);
  await page.goto('/extension-failures');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(h1(page)).toHaveText(permissionQuestion);
  await page.getByRole('button', { name: 'Copy case note…' }).click();
  const panel = page.getByRole('region', { name: 'Case session' });
  await expect(panel.getByRole('alert')).toContainText('The case note could not be loaded');
  await expect(h1(page)).toHaveText(permissionQuestion);

  release();
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('dialog', { name: 'Case note' })).toBeVisible();
});

test('without the list of guides, the home page and a guide’s page say so, and Try again loads them', async ({
  page,
}) => {
  const release = await failChunks(page, /\/guides\.json$/);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The guides could not be loaded' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Extension COM and MDTC failures' })).toHaveCount(0);

  await page.goto('/extension-failures/symptoms/reboot');
  await expect(h1(page)).toHaveText('The guides could not be loaded');
  await expect(page).toHaveURL(/\/extension-failures\/symptoms\/reboot$/);

  release();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(h1(page)).toHaveText(/reboot/i);
  await appSettled(page);
});
