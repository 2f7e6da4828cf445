import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { fixtureGuides } from './test-build';

const hasSignatures = (folder: string) =>
  ['signatures.yml', 'signatures.ts'].some((file) => existsSync(join(folder, file)));
const withoutSignatures = fixtureGuides.filter((g) => !hasSignatures(g.folder));
const withSignatures = fixtureGuides.filter((g) => hasSignatures(g.folder));

/** A guide without a signatures file: its analyzer page says so plainly, and links nowhere else. */
for (const { model } of withoutSignatures) {
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

/** A guide whose signatures are YAML: the analyzer finds them in pasted text. */
for (const { model } of withSignatures) {
  test(`${model.manifest.id}: its log signatures (YAML) are found in pasted text`, async ({
    page,
  }) => {
    await page.goto(`${model.manifest.basePath}/analyze`);
    await page
      .getByLabel('Or paste log text')
      .fill('12:01:07 Printer stopped: BadgeFeedE201\n12:02:11 Warning: ribbon empty');
    await page.getByRole('button', { name: 'Analyse' }).click();
    const results = page.getByRole('region', { name: 'What the logs show' });
    await expect(results).toBeVisible();
    await expect(results).toContainText('BadgeFeedE201');
    await expect(results).toContainText('Ribbon out');
  });
}

test('axe: the analyzer of a guide without signatures', async ({ page }) => {
  const { model } = withoutSignatures[0]!;
  await page.goto(`${model.manifest.basePath}/analyze`);
  await expect(page.getByText('This guide has no log signatures')).toBeVisible();
  await expectNoSeriousViolations(page);
});
