import { expect, test } from '@playwright/test';
import { appSettled } from '../support/app-settled';
import { expectNoSeriousViolations } from '../support/axe';
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

test('the guides are found by title, service or error code as you type, the last opened first', async ({
  page,
}) => {
  const all = [...productionGuides, ...fixtureGuides].map((g) => g.model.manifest);
  const [badge, other] = [
    fixtureGuides.find((g) => g.model.manifest.service === 'Badge printers')!.model.manifest,
    fixtureGuides.find((g) => g.model.manifest.service !== 'Badge printers')!.model.manifest,
  ];
  await page.goto('/');
  const guides = page.getByRole('region', { name: 'Guides' });
  const titles = guides.getByRole('heading', { level: 3 });
  const filter = guides.getByRole('searchbox', { name: 'Find a guide' });
  await expect(guides.getByRole('status')).toHaveText(`${all.length} guides`);

  for (const query of [badge.errors.at(-1)!, 'badge PRINTERS', badge.title]) {
    await filter.fill(query);
    await expect(titles).toHaveText([badge.title]);
    await expect(guides.getByRole('status')).toHaveText(`1 of ${all.length} guides match`);
  }
  await filter.fill('no such guide');
  await expect(titles).toHaveCount(0);
  await expect(guides).toContainText('No guide matches “no such guide”.');
  await expectNoSeriousViolations(page);
  await guides.getByRole('button', { name: 'Show every guide' }).click();
  await expect(titles).toHaveCount(all.length);

  // Opened last, listed first; then the one opened before it.
  for (const manifest of [badge, other]) {
    await page.goto(manifest.basePath);
    await appSettled(page);
  }
  await page.goto('/');
  await expect(titles.nth(0)).toHaveText(other.title);
  await expect(titles.nth(1)).toHaveText(badge.title);
});
