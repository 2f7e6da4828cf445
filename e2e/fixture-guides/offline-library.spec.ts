import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { stepPathname } from '../../src/features/guide/links/guide-href';
import { appSettled } from '../support/app-settled';
import { fixtureGuides, testBuildDir } from './test-build';

/**
 * Offline without downloading the library: the service worker precaches the app's shell, and a
 * guide's own pages and chunks only once the guide is opened. The test build has three guides.
 */

test.use({ serviceWorkers: 'allow' });

const kept = (page: Page) => page.getByRole('contentinfo').getByRole('status');

test('the precache is the shell: no guide’s pages or chunks; each guide lists its own', () => {
  const sw = readFileSync(join(testBuildDir, 'sw.js'), 'utf8');
  for (const { model } of fixtureGuides) {
    const { id, basePath } = model.manifest;
    expect(sw, id).not.toContain(`"url":"${basePath.slice(1)}/`);
    const list = JSON.parse(readFileSync(join(testBuildDir, 'offline', `${id}.json`), 'utf8')) as {
      files: { url: string }[];
    };
    const urls = list.files.map((f) => f.url);
    for (const step of model.steps) {
      expect(urls, step.id).toContain(`${stepPathname(model, step)}/index.html`);
    }
    for (const url of urls) expect(sw, url).not.toContain(`"url":"${url.slice(1)}"`);
  }
});

test('a guide opened once works offline; a guide never opened says it cannot be loaded', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const [opened, other] = fixtureGuides.map((g) => g.model);
  await page.goto(opened!.manifest.basePath);
  await appSettled(page);
  await expect(kept(page)).toContainText(
    `Available offline: “${opened!.manifest.title}” is saved in this browser`,
    { timeout: 45_000 },
  );
  const cached = await page.evaluate(() => caches.keys());
  expect(cached.filter((name) => name.startsWith('tsg-guide:'))).toEqual([
    `tsg-guide:${opened!.manifest.id}`,
  ]);

  // The home page says which guides this browser keeps.
  await page.goto('/');
  const card = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(card(opened!.manifest.title)).toContainText('available offline in this browser');
  await expect(card(other!.manifest.title)).not.toContainText('available offline');

  await context.setOffline(true);
  for (const step of opened!.steps) {
    await page.goto(stepPathname(opened!, step));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
  }
  await page.goto(other!.manifest.basePath);
  await expect(page.getByRole('alert')).toContainText('this browser seems to be offline', {
    timeout: 30_000,
  });
});
