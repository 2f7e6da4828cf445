import { expect, test, type Page } from '@playwright/test';
import { stepPathname } from '../src/features/guide/links/guide-href';
import { prerenderedPagesWithoutJavaScript } from './support/guide-tests';
import { productionGuides } from './support/guides';
import { appScript, holdAppScript } from './support/hold-app-script';
import { h1 } from './support/walk';

prerenderedPagesWithoutJavaScript(productionGuides);

/** Records every `h1` the page removes, from before the app's first script runs. */
async function recordRemovedHeadings(page: Page) {
  await page.addInitScript(() => {
    const removed: string[] = [];
    Object.assign(window, { removedHeadings: removed });
    new MutationObserver((records) => {
      for (const record of Array.from(records)) {
        for (const node of Array.from(record.removedNodes)) {
          const heading =
            node instanceof Element && (node.matches('h1') ? node : node.querySelector('h1'));
          if (heading) removed.push(heading.textContent ?? '');
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

const removedHeadings = (page: Page) =>
  page.evaluate(() => (window as unknown as { removedHeadings: string[] }).removedHeadings);

/** Whether React has taken over the page's root. */
const appRunning = (page: Page) =>
  page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((k) =>
      k.startsWith('__reactContainer'),
    ),
  );

test('the app takes over every prerendered step page as it is, and it works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await recordRemovedHeadings(page);
  const steps = productionGuides.flatMap(({ model }) =>
    model.steps.map((step) => ({ step, path: stepPathname(model, step) })),
  );
  for (const { step, path } of steps) {
    await page.goto(path);
    await appRunning(page);
    await expect(h1(page), path).toHaveText(step.title);
    // Hydrated, not replaced: a mismatch would make React render the screen again.
    expect(await removedHeadings(page), path).toEqual([]);
  }

  await page.goto('/extension-failures');
  await appRunning(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
  expect(errors).toEqual([]);
});

test('a step page fetches nothing but itself before its first paint; the app links the manifest', async ({
  page,
  request,
}) => {
  for (const { model } of productionGuides) {
    for (const step of model.steps) {
      const path = stepPathname(model, step);
      const html = await (await request.get(path)).text();
      // No script file, stylesheet, preload, icon or manifest: each would be a request (on a
      // slow network, a round trip) started before the page's first paint.
      expect(html, path).not.toMatch(/<script[^>]*\ssrc=|<img\s/);
      for (const [link] of html.matchAll(/<link\s[^>]*>/g)) {
        expect(link, path).toMatch(/rel="apple-touch-icon"|href="data:/);
      }
      // The icon is a PNG: an SVG icon is drawn again, on the page's main thread, after every
      // step change (about 10 ms on a slow phone, right as the next step paints).
      expect(html, path).toMatch(
        /<link\s+rel="icon"\s+type="image\/png"[^>]*href="data:image\/png;/,
      );
    }
  }

  // Once the app runs it links the web app manifest, so the app can still be installed.
  await page.goto('/extension-failures');
  await appRunning(page);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    'href',
    '/manifest.webmanifest',
  );
  const manifest = await page.request.get('/manifest.webmanifest');
  expect(manifest.ok()).toBe(true);
  expect(await manifest.json()).toMatchObject({ display: 'standalone', start_url: '/' });
});

const findingsWithAnswers =
  '/extension-failures/symptoms/findings?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&v=1';

test('a link with answers paints its step at once, never the reference view’s own parts', async ({
  page,
}) => {
  // While the app is on its way: the heading and the TSG's content, where they will stay; not the
  // reference notice, not the side column (what the answers change).
  const releaseApp = await holdAppScript(page);
  await page.goto(findingsWithAnswers, { waitUntil: 'domcontentloaded' });
  await expect(h1(page)).toHaveText('What did you find at the time of the failure?');
  await expect(h1(page)).toBeVisible();
  const top = (await h1(page).boundingBox())!.y;
  await expect(page.getByText('You opened this step on its own, as a reference.')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Your answers and progress' })).toBeHidden();
  releaseApp();

  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(page.getByText('You opened this step on its own, as a reference.')).toHaveCount(0);
  await expect(
    page.getByRole('complementary', { name: 'Your answers and progress' }),
  ).toBeVisible();
  // The heading did not move.
  expect((await h1(page).boundingBox())!.y).toBe(top);
});

test('a link whose answers could move the heading stays hidden until the app has rendered it', async ({
  page,
}) => {
  const releaseApp = await holdAppScript(page);
  await page.goto(
    '/extension-failures/known-issues?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=event-4689&v=1',
    { waitUntil: 'domcontentloaded' },
  );
  await expect(page.locator('#root')).toBeHidden();
  releaseApp();
  await expect(page.getByRole('heading', { name: /Not Cause 1/ })).toBeVisible();
  await expect(page.locator('#root')).toBeVisible();
});

test('if the app cannot load, a link with answers still shows its step, not a blank page', async ({
  page,
}) => {
  await page.route(appScript, (route) => route.abort());
  await page.goto(findingsWithAnswers);
  await expect(h1(page)).toHaveText('What did you find at the time of the failure?');
  await expect(page.locator('#root')).toBeVisible();
});

test('Start pressed before the app is running starts the session once it is, with what was typed', async ({
  page,
}) => {
  const releaseApp = await holdAppScript(page);
  await page.goto('/extension-failures', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Case number (optional)').fill('2611250010000001');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page).toHaveURL(/\/extension-failures$/);
  releaseApp();

  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
  await expect(page.getByRole('region', { name: 'Case session', exact: true })).toContainText(
    'Case 2611250010000001',
  );
});

test('the app arriving does not move a page the reader has scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 700 });
  const releaseApp = await holdAppScript(page);
  await page.goto('/extension-failures/cause/msvc-dll-mismatch', { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.scrollTo(0, 900));
  releaseApp();
  await appRunning(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(900);
});
