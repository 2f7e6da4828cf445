import { expect, test } from '@playwright/test';
import { buildFiles, fixtureMarks } from './support/build-files';
import { fixtureGuides } from './support/guides';

const productionDir = process.env.E2E_DIST ?? 'dist';

test('the production build has no fixture guide: not in a file, not on the home page', async ({
  page,
}) => {
  expect(fixtureGuides.length, 'fixture guides to look for').toBeGreaterThan(0);
  const files = buildFiles(productionDir);
  expect(files.some((f) => f.file === 'index.html')).toBe(true);
  for (const { model } of fixtureGuides) {
    for (const mark of fixtureMarks(model.manifest)) {
      const found = files.filter((f) => f.text.includes(mark)).map((f) => f.file);
      expect(found, `"${mark}" in ${productionDir}/`).toEqual([]);
    }
    await page.goto(model.manifest.basePath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  }
  await page.goto('/');
  await expect(
    page.getByRole('region', { name: 'Guides' }).getByRole('listitem').first(),
  ).toBeVisible();
  for (const { model } of fixtureGuides) {
    await expect(page.getByRole('link', { name: model.manifest.title })).toHaveCount(0);
  }
});
