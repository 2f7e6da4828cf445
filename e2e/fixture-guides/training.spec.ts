import { expect, test } from '@playwright/test';
import { stepPathname } from '../../src/features/guide/links/guide-href';
import { fixtureGuides } from './test-build';

const kinds = {
  start: 'Start',
  question: 'Question',
  instruction: 'Instruction',
  cause: 'Cause',
  end: 'End',
} as const;

for (const { model, practiceCases } of fixtureGuides) {
  const base = model.manifest.basePath;

  test(`${model.manifest.id}: its decision map shows its steps, drawn from its machine`, async ({
    page,
  }) => {
    await page.goto(`${base}/map`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decision map');
    const map = page.getByRole('figure', { name: /Decision map of/ });
    const outline = page.getByRole('region', { name: 'The map as a list' });
    for (const step of model.steps) {
      await expect(
        map.getByRole('link', { name: `${kinds[step.kind]}: ${step.title}`, exact: true }),
      ).toHaveCount(1);
      await expect(outline.getByRole('link', { name: step.title, exact: true })).toHaveCount(1);
    }
    const last = model.steps.at(-1)!;
    await map
      .getByRole('link', { name: `${kinds[last.kind]}: ${last.title}`, exact: true })
      .click();
    await expect(page).toHaveURL(stepPathname(model, last));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.title);
  });

  test(`${model.manifest.id}: its practice page lists its cases, or says it has none`, async ({
    page,
  }) => {
    await page.goto(`${base}/practice`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice cases');
    if (practiceCases.length === 0) {
      await expect(page.getByText('This guide has no practice cases yet.')).toBeVisible();
    }
    for (const c of practiceCases) {
      await expect(page.getByRole('link', { name: c.title })).toBeVisible();
    }
  });
}
