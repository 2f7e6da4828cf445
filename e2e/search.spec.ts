import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { h1 } from './support/walk';

const searchForm = (page: Page) => page.getByRole('search', { name: 'Search the guides' });
const searchField = (page: Page) =>
  searchForm(page).getByRole('searchbox', { name: /Search the guides/ });
const results = (page: Page) => page.getByRole('main').getByRole('listitem');
const resultTitles = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 });
const status = (page: Page) => page.getByRole('main').getByRole('status');

const cause1 = 'Cause 1: Error desktop heap exhausted';
const cause3 = 'Cause 3: Error due to msvc.dlls file version mis-match';
const findings = 'What did you find at the time of the failure?';
const reboot = 'Does a reboot solve the issue temporarily?';

/** Records requests for the search index and the search's code. */
function recordSearchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/search-index\.json|search-engine-.*\.js/.test(url)) seen.push(url);
  });
  return seen;
}

async function search(page: Page, query: string) {
  await searchField(page).fill(query);
  await searchField(page).press('Enter');
}

test('search from the home page: results, then straight to the step', async ({ page }) => {
  await page.goto('/');
  await search(page, '0x80110401');
  await expect(page).toHaveURL(/\/search\?q=0x80110401$/);
  await expect(h1(page)).toHaveText('Search results for “0x80110401”');
  await expect(h1(page)).toBeFocused();
  await expect(status(page)).toHaveText('3 steps match “0x80110401”.');
  await expect(resultTitles(page).first()).toHaveText(cause3);
  await expect(resultTitles(page)).toHaveText([cause3, findings, /msvcp120\.dll/]);
  // Where it matched, marked.
  const first = results(page).first();
  await expect(first).toContainText('Cause and remediation · Extension COM and MDTC failures');
  await expect(first.locator('mark').first()).toHaveText('0x80110401');

  await first.getByRole('link', { name: cause3 }).click();
  await expect(page).toHaveURL(/\/extension-failures\/cause\/msvc-dll-mismatch$/);
  await expect(h1(page)).toHaveText(cause3);
  await expect(page.getByText('You opened this step on its own, as a reference.')).toBeVisible();
});

test('/search?q=0x80110401 opened as a link puts Cause 3 first, and its link opens Cause 3', async ({
  page,
}) => {
  await page.goto('/search?q=0x80110401');
  await expect(resultTitles(page).first()).toHaveText(cause3);
  await resultTitles(page).first().getByRole('link').click();
  await expect(h1(page)).toHaveText(cause3);
});

test('/search?q=4689 lists the steps that state Event ID 4689, Cause 1 first', async ({ page }) => {
  await page.goto('/search?q=4689');
  await expect(status(page)).toHaveText('3 steps match “4689”.');
  await expect(resultTitles(page)).toHaveText([cause1, findings, reboot]);
  for (const item of await results(page).all()) {
    await expect(item.locator('mark').first()).toHaveText('4689');
  }
});

test('search from a step page, keyboard only', async ({ page }) => {
  await page.goto('/extension-failures/collect/asc');
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');
  // The skip link, the home link, then the search field.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('IsProviderInstalled');
  await page.keyboard.press('Tab');
  await expect(searchForm(page).getByRole('button', { name: 'Search' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toBeFocused();
  await expect(resultTitles(page)).toHaveText(['Cause 2: Error due to IaaS VM provider Service']);
  // The field shows the query being looked at.
  await expect(searchField(page)).toHaveValue('IsProviderInstalled');
  await page.keyboard.press('Tab');
  await expect(resultTitles(page).getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Cause 2: Error due to IaaS VM provider Service');
});

test('a search that finds nothing says so and suggests what to try', async ({ page }) => {
  await page.goto('/search?q=0x80070005');
  await expect(status(page)).toHaveText('No step matches “0x80070005”.');
  await expect(page.getByText('Try the code alone rather than the whole log line')).toBeVisible();
  // The errors the guides cover are offered, and find their step.
  await page.getByRole('link', { name: 'ExtensionInstallationFailedMDTC' }).click();
  await expect(page).toHaveURL(/\/search\?q=ExtensionInstallationFailedMDTC$/);
  await expect(resultTitles(page).first()).toHaveText(
    'Which error does the failed backup job show?',
  );
});

test('an empty or useless query gets a clear message, and the index is not fetched', async ({
  page,
}) => {
  const requests = recordSearchRequests(page);
  await page.goto('/search?q=');
  await expect(h1(page)).toHaveText('Search the guides');
  await expect(status(page)).toHaveText('Type something to search for.');
  await page.goto('/search?q=%20the%20%3F%3F%3F%20');
  await expect(status(page)).toHaveText('“the ???” has nothing to search for.');
  await expect(page.getByRole('link', { name: 'ExtensionSnapshotFailedCOM' })).toBeVisible();
  expect(requests).toEqual([]);
});

test('very long, scripted or unusual queries are handled safely', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(
    `/search?q=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>')}`,
  );
  await expect(status(page)).toHaveText(/^No step matches “<img src=x onerror=alert\(1\)>/);
  await expect(page.locator('main img')).toHaveCount(0);

  const long = `0x80110401 ${'x'.repeat(10_000)}`;
  await page.goto(`/search?q=${encodeURIComponent(long)}`);
  await expect(
    page.getByText('Your search was long: only its first 1,000 characters'),
  ).toBeVisible();
  await expect(resultTitles(page).first()).toHaveText(cause3);
  // The heading repeats a long query shortened.
  expect((await h1(page).textContent())!.length).toBeLessThan(120);

  // A long unbroken query wraps on a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(
    `/search?q=${encodeURIComponent('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\BcdrAgent\\IsProviderInstalled')}`,
  );
  await expect(resultTitles(page).first()).toHaveText(
    'Cause 2: Error due to IaaS VM provider Service',
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.goto(`/search?q=${encodeURIComponent('０ｘ８０１１０４０１ 🙂 日本語')}`);
  await expect(resultTitles(page).first()).toHaveText(cause3);
  expect(dialogs).toEqual([]);
});

test('many results come ten at a time; "Show more" adds the rest and moves the focus to the first added', async ({
  page,
}) => {
  await page.goto('/search?q=backup%20log%20error%20cause');
  await expect(status(page)).toHaveText(/^1\d steps match “backup log error cause”\.$/);
  const total = Number((await status(page).textContent())!.split(' ')[0]);
  await expect(results(page)).toHaveCount(10);
  const first10 = await resultTitles(page).allTextContents();
  const more = page.getByRole('button', { name: `Show ${total - 10} more results` });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(results(page)).toHaveCount(total);
  // The first ten stay as they were, and the eleventh's link has the focus.
  expect((await resultTitles(page).allTextContents()).slice(0, 10)).toEqual(first10);
  await expect(resultTitles(page).nth(10).getByRole('link')).toBeFocused();
  await expect(page.getByRole('button', { name: /more results/ })).toHaveCount(0);
  // Another search starts again at its first ten.
  await search(page, 'vm backup log');
  await expect(status(page)).toHaveText(/steps match “vm backup log”/);
  await expect(results(page)).toHaveCount(10);
});

test('the index is not fetched when a step first loads, only on the first search', async ({
  page,
}) => {
  const requests = recordSearchRequests(page);
  await page.goto('/extension-failures/symptoms/findings');
  await expect(h1(page)).toHaveText(findings);
  await page.waitForLoadState('networkidle');
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);

  await search(page, 'regedit');
  await expect(resultTitles(page).first()).toHaveText(cause1);
  expect(requests.some((url) => url.endsWith('/search-index.json'))).toBe(true);
  expect(requests.some((url) => /search-engine-.*\.js$/.test(url))).toBe(true);
});

test('offline: a clear message and a retry that works once the index can be fetched', async ({
  page,
}) => {
  let failing = true;
  await page.route('**/search-index.json', (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('/search?q=4689');
  await expect(status(page)).toHaveText('The search could not be loaded.');
  await expect(page.getByText('The search index could not be downloaded.')).toBeVisible();
  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(status(page)).toHaveText('3 steps match “4689”.');
  await expect(resultTitles(page).first()).toHaveText(cause1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the results page, no result and an empty search (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of ['/search?q=0x80110401', '/search?q=nothingmatchesthis', '/search?q=']) {
      await page.goto(url);
      await expect(status(page)).not.toHaveText('Searching…');
      await expectNoSeriousViolations(page);
    }
    await page.goto('/extension-failures/cause/desktop-heap');
    await expect(searchForm(page)).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}
