import { expect, test, type Page } from '@playwright/test';
import { answerThroughUi, expectStep } from '../support/guide';
import { productionGuides } from '../support/guides';
import { fixtureGuides } from './test-build';

const recentSessions = (page: Page) => page.getByRole('region', { name: 'Recent case sessions' });

/** Starts a case session on a guide's start page, with a case number. */
async function startSession(page: Page, basePath: string, caseNumber: string) {
  await page.goto(basePath);
  await page.getByLabel('Case number (optional)').fill(caseNumber);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Case session', exact: true })).toContainText(
    `Case ${caseNumber}`,
  );
}

for (const { model } of fixtureGuides) {
  test(`${model.manifest.id}: a case session records its guide, and the lists say so`, async ({
    page,
  }) => {
    const other = productionGuides[0]!.model;
    // A session on the fixture guide, one answer in.
    await startSession(page, model.manifest.basePath, '2611300010000042');
    const first = model.possibleNextSteps(model.startStep.id)[0]!;
    await expectStep(page, first);
    const value =
      first.answer!.type === 'multiple' ? first.answer!.none.value : first.answer!.options[0].value;
    await answerThroughUi(page, first, value);
    const second = page.getByRole('heading', { level: 1 });
    const reached = (await second.textContent())!;
    // A session on another guide.
    await startSession(page, other.manifest.basePath, '2611300010000043');

    // The home page lists both, each under its guide.
    await page.goto('/');
    const fixtureRow = recentSessions(page)
      .getByRole('listitem')
      .filter({ hasText: 'Case 2611300010000042' });
    await expect(fixtureRow).toContainText(`Guide: ${model.manifest.title}`);
    const otherRow = recentSessions(page)
      .getByRole('listitem')
      .filter({ hasText: 'Case 2611300010000043' });
    await expect(otherRow).toContainText(`Guide: ${other.manifest.title}`);

    // Each guide's start page lists its own sessions only.
    await page.goto(model.manifest.basePath);
    await expect(recentSessions(page)).toContainText('Case 2611300010000042');
    await expect(recentSessions(page)).not.toContainText('Case 2611300010000043');

    // Resuming from the home page opens the fixture guide where the session left it.
    await page.goto('/');
    await fixtureRow.getByRole('button', { name: 'Resume Case 2611300010000042' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reached);
    await expect(page).toHaveURL(new RegExp(`^[^?]*${model.manifest.basePath}/`));
    await expect(page.getByRole('region', { name: 'Case session', exact: true })).toContainText(
      'Case 2611300010000042',
    );
  });
}
