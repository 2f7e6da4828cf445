import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { stepHref, stepPathname } from '../src/features/guide/links/guide-href';
import { pathsToTheEnd } from '../src/machine/guide-paths';
import { nextDeploymentCookie } from '../scripts/preview-next-deployment';
import { watchTakeover } from './support/takeover-watch';
import { appSettled } from './support/app-settled';
import { answerThroughUi, expectStep } from './support/guide';
import { productionGuides } from './support/guides';
import { h1 } from './support/walk';

/**
 * The service worker: a guide opened once works with no network (every step, the case note,
 * search), and a new deployment is announced with "reload to update", which keeps a typed note.
 * It precaches the app's shell only; a guide's own files are kept when the guide is opened.
 */

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached the build and controls the page. */
async function serviceWorkerReady(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return Boolean(registration?.active && navigator.serviceWorker.controller);
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Waits until the open guide's pages and chunks are kept offline, as the page says. */
async function guideKept(page: Page) {
  await expect(page.getByRole('contentinfo').getByRole('status')).toContainText(
    'Available offline',
    { timeout: 45_000 },
  );
}

/** Every request the context makes to an origin other than the app's. */
function otherOrigins(context: BrowserContext): string[] {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      elsewhere.push(request.url());
    }
  });
  return elsewhere;
}

test('a guide opened once works offline: every step, a case session, the case note and search', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const elsewhere = otherOrigins(context);
  await page.goto('/extension-failures');
  await appSettled(page);
  await serviceWorkerReady(page);
  await guideKept(page);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Every step of the guide, opened as a link: its prerendered page, from its offline copy.
  for (const { model } of productionGuides) {
    for (const step of model.steps) {
      const path = stepPathname(model, step);
      await page.goto(path);
      await expect(h1(page), path).toHaveText(step.title);
    }
    // A link with answers: the page is taken over by the app, all from the precache.
    const way = pathsToTheEnd(model).reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
    const answers: Record<string, string> = {};
    for (const s of way.steps) if (s.value !== undefined) answers[s.step.id] = s.value;
    await page.goto(stepHref(model, way.end, answers));
    await appSettled(page);
    await expect(h1(page)).toHaveText(way.end.title);
  }

  // A case session, worked offline.
  const guide = productionGuides.find((g) => g.model.manifest.id === 'extension-failures')!.model;
  await page.goto(guide.manifest.basePath);
  await appSettled(page);
  await page.getByLabel('Case number (optional)').fill('2611290010000099');
  const way = pathsToTheEnd(guide)[0]!;
  for (const s of way.steps.slice(0, 4)) {
    await expectStep(page, s.step);
    await answerThroughUi(page, s.step, s.value);
  }
  const note = page.getByLabel('Your notes on this step');
  await note.fill('Worked offline.');
  await note.blur();
  await page.getByRole('button', { name: 'Copy case note…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Case note' });
  await expect(dialog.getByLabel('Case note preview')).toHaveValue(/2611290010000099/);
  await expect(dialog.getByLabel('Case note preview')).toHaveValue(/Worked offline\./);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Search: its code and the index, from the precache.
  const search = page.getByRole('search', { name: 'Search the guides' }).getByRole('searchbox');
  await search.fill(guide.manifest.errors[0]!);
  await search.press('Enter');
  await expect(h1(page)).toHaveText(/^Search results for/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/\d+ steps? match/);

  // Reloaded, still offline: the shell and the session are there.
  await page.goto('/');
  await expect(page.getByRole('button', { name: /^Resume/ }).first()).toBeVisible();
  expect(elsewhere).toEqual([]);
});

test('a new deployment is announced; reloading to update keeps a note being typed', async ({
  page,
  context,
}) => {
  await page.goto('/extension-failures');
  await appSettled(page);
  await serviceWorkerReady(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');

  // A new deployment: from now on the server's sw.js differs from the running one (see
  // scripts/preview-next-deployment.ts), and the browser checks for an update.
  await context.addCookies([
    {
      name: nextDeploymentCookie,
      value: 'v2',
      url: new URL(test.info().project.use.baseURL!).origin,
    },
  ]);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

  const banner = page.getByRole('region', { name: 'A new version of this app is ready' });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  // The app does not reload by itself.
  await page.waitForTimeout(1000);
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');

  // A note being typed (its save waits for a pause) when the engineer chooses to update.
  const note = page.getByLabel('Your notes on this step');
  await note.fill('Typed just before the update');
  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Reload to update' }).dispatchEvent('click');
  await reloaded;

  await appSettled(page);
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
  await expect(page.getByLabel('Your notes on this step')).toHaveValue(
    'Typed just before the update',
  );
  await expect(banner).toHaveCount(0);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
  ).toBeNull();
});

test('pages the service worker serves are taken over as they are, with no error', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { errors, removedHeadings } = await watchTakeover(page);
  for (const { model } of productionGuides) {
    await page.goto(model.manifest.basePath);
    await serviceWorkerReady(page);
    await guideKept(page);
    for (const step of model.steps) {
      const path = stepPathname(model, step);
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await appSettled(page);
      await expect(h1(page), path).toHaveText(step.title);
      // Hydrated: the prerendered heading is the one on screen, never replaced.
      expect(await removedHeadings(), path).toEqual([]);
    }
  }
  expect(errors).toEqual([]);
});
