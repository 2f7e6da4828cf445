import { expect, test } from '@playwright/test';
import { productionGuides } from '../support/guides';
import { fixtureGuides } from './test-build';

test('the home page lists every guide of the test build, the fixture guides with the others', async ({
  page,
}) => {
  await page.goto('/');
  const guides = page.getByRole('region', { name: 'Guides' });
  for (const { model } of [...productionGuides, ...fixtureGuides]) {
    const { title, errors, articleId } = model.manifest;
    const item = guides
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title }) });
    await expect(item).toHaveCount(1);
    for (const error of errors) await expect(item).toContainText(error);
    await expect(item).toContainText(articleId);
  }
});

test("a fixture guide's link on the home page opens its start page", async ({ page }) => {
  for (const { model } of fixtureGuides) {
    await page.goto('/');
    await page.getByRole('link', { name: model.manifest.title }).click();
    await expect(page).toHaveURL(new RegExp(`${model.manifest.basePath}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(model.startStep.title);
  }
});
