import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { caseNumberOf, seedSessions } from './support/seed-sessions';
import { h1, method2, recentSessions } from './support/walk';

const rows = (page: import('@playwright/test').Page) =>
  recentSessions(page).getByRole('heading', { level: 3, name: /^Case / });

test('a case is found by its number among many sessions', async ({ page }) => {
  test.slow();
  await seedSessions(page, 200);
  const recent = recentSessions(page);
  await expect(recent.getByRole('status').first()).toHaveText('Showing 20 of 200 sessions.');
  await expect(rows(page)).toHaveCount(20);
  // The newest first.
  await expect(rows(page).first()).toHaveText(`Case ${caseNumberOf(199)}`);

  await recent.getByLabel('Find a session by case number or label').fill(caseNumberOf(42));
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toHaveText(`Case ${caseNumberOf(42)}`);
  await expect(recent.getByRole('status').first()).toHaveText(
    `Showing 1 of 1 session matching “${caseNumberOf(42)}”.`,
  );
  // Resumed from the search as from the list.
  await recent.getByRole('button', { name: `Resume Case ${caseNumberOf(42)}` }).click();
  await expect(h1(page)).toHaveText(method2);
  await expect(page.getByLabel('Your notes on this step')).toHaveValue('Note of case 42');

  await page.goto('/');
  await recentSessions(page)
    .getByLabel('Find a session by case number or label')
    .fill('nothing-like-it');
  await expect(rows(page)).toHaveCount(0);
  await expect(recentSessions(page).getByRole('status').first()).toHaveText(
    'No session matches “nothing-like-it”.',
  );
  await expectNoSeriousViolations(page);
});

test('sessions are shown a page at a time, and the next page is reached by keyboard', async ({
  page,
}) => {
  // Many sessions and axe-core: slow on a loaded machine.
  test.slow();
  await seedSessions(page, 45);
  const recent = recentSessions(page);
  const status = recent.getByRole('status').first();
  await expect(status).toHaveText('Showing 20 of 45 sessions.');
  const more = recent.getByRole('button', { name: /^Show 20 more/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Showing 40 of 45 sessions.');
  await expect(rows(page)).toHaveCount(40);
  // The focus is on the first session the button added, so the next Tab reaches its buttons.
  const added = recent.getByRole('listitem').nth(20);
  await expect(added).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    recent.getByRole('button', { name: `Resume Case ${caseNumberOf(24)}` }),
  ).toBeFocused();

  await recent.getByRole('button', { name: /^Show 5 more/ }).press('Enter');
  await expect(status).toHaveText('Showing 45 of 45 sessions.');
  await expect(recent.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
  await expectNoSeriousViolations(page);
});

test('a guide’s start page shows its latest sessions and leads to all of them', async ({
  page,
}) => {
  await seedSessions(page, 12);
  await page.goto('/extension-failures');
  const recent = recentSessions(page);
  await expect(rows(page)).toHaveCount(5);
  await expect(rows(page).first()).toHaveText(`Case ${caseNumberOf(11)}`);
  await recent
    .getByRole('link', { name: 'See all 12 sessions of this guide on the home page' })
    .click();
  await expect(recentSessions(page).getByRole('status').first()).toHaveText(
    'Showing 12 of 12 sessions.',
  );
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the list, its search and the import message pass axe', async ({ page }) => {
    test.slow();
    await seedSessions(page, 25);
    const recent = recentSessions(page);
    await recent.getByLabel('Find a session by case number or label').fill('contoso');
    await expect(recent.getByRole('status').first()).toHaveText(
      'Showing 9 of 9 sessions matching “contoso”.',
    );
    const transfer = page.getByRole('region', { name: 'Move sessions to another browser' });
    await transfer.getByLabel('Import sessions from an export file').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not an export'),
    });
    await expect(transfer.getByRole('alert')).toContainText('Nothing was imported.');
    await expectNoSeriousViolations(page);
  });
});
