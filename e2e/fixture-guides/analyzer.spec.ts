import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { fixtureGuides } from './test-build';

/** A guide without a signatures file: its analyzer page says so plainly, and links nowhere else. */
for (const { model } of fixtureGuides) {
  test(`${model.manifest.id}: no log signatures, and the analyzer says so`, async ({ page }) => {
    await page.goto(`${model.manifest.basePath}/analyze`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Find the evidence in the logs',
    );
    await expect(page.getByText('This guide has no log signatures')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Analyse' })).toHaveCount(0);
    await page.getByRole('link', { name: /Back to/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(model.startStep.title);
    // No step of it offers the analyzer.
    await expect(page.getByRole('link', { name: 'Analyze the customer’s logs' })).toHaveCount(0);
  });
}

test('axe: the analyzer of a guide without signatures', async ({ page }) => {
  const { model } = fixtureGuides[0]!;
  await page.goto(`${model.manifest.basePath}/analyze`);
  await expect(page.getByText('This guide has no log signatures')).toBeVisible();
  await expectNoSeriousViolations(page);
});
