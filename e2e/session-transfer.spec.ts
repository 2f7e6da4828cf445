import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { caseNumberOf, seedSessions, storedSessions } from './support/seed-sessions';
import {
  answerToMethod2,
  h1,
  method2,
  noteField,
  recentSessions,
  startSession,
  waAppAgentLog,
} from './support/walk';

const transfer = (page: Page) =>
  page.getByRole('region', { name: 'Move sessions to another browser' });
const importField = (page: Page) =>
  transfer(page).getByLabel('Import sessions from an export file');

/** Presses "Export all …" and returns the downloaded file's text. */
async function exportAll(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await transfer(page)
    .getByRole('button', { name: /^Export all / })
    .click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

async function importText(page: Page, text: string, name = 'case-sessions.json') {
  await importField(page).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test('every session exported here is restored in a fresh browser', async ({ page, browser }) => {
  test.slow();
  await seedSessions(page, 30);
  await startSession(page, '2601100010000090');
  await answerToMethod2(page);
  await waAppAgentLog(page).check();
  await noteField(page).fill('Exported with this note');
  await noteField(page).blur();

  await page.goto('/');
  const exported = await exportAll(page);
  expect(exported.name).toMatch(/^case-sessions-\d{4}-\d{2}-\d{2}\.json$/);
  const before = await storedSessions(page);
  expect(Object.keys(before)).toHaveLength(31);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(recentSessions(fresh)).toContainText('No case sessions yet');
  await importText(fresh, exported.text);
  await expect(transfer(fresh).getByRole('status')).toHaveText('31 imported.');
  await expect(recentSessions(fresh).getByRole('status').first()).toHaveText(
    'Showing 20 of 31 sessions.',
  );
  // Every record as it was.
  const after = await storedSessions(fresh);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const [key, text] of Object.entries(after)) {
    expect(JSON.parse(text)).toEqual(JSON.parse(before[key]!));
  }
  await expectNoSeriousViolations(fresh);

  const recent = recentSessions(fresh);
  await recent.getByLabel('Find a session by case number or label').fill('2601100010000090');
  await recent.getByRole('button', { name: 'Resume Case 2601100010000090' }).click();
  await expect(h1(fresh)).toHaveText(method2);
  await expect(waAppAgentLog(fresh)).toBeChecked();
  await expect(noteField(fresh)).toHaveValue('Exported with this note');
  await context.close();
});

test('one session is exported from its row', async ({ page }) => {
  await seedSessions(page, 3);
  const download = page.waitForEvent('download');
  await recentSessions(page)
    .getByRole('button', { name: `Export Case ${caseNumberOf(1)}` })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^case-session-${caseNumberOf(1)}-`));
  const data = JSON.parse(await readFile((await file.path())!, 'utf8')) as {
    format: string;
    version: number;
    sessions: { schema: number; session: { caseNumber: string } }[];
  };
  expect(data).toMatchObject({ format: 'tsg-wizard-sessions', version: 1 });
  expect(data.sessions.map((s) => [s.schema, s.session.caseNumber])).toEqual([
    [2, caseNumberOf(1)],
  ]);
});

test('importing an older copy over newer sessions changes nothing', async ({ page }) => {
  await seedSessions(page, 5);
  const older = await exportAll(page);

  // The sessions change after the export.
  const recent = recentSessions(page);
  await recent.getByRole('button', { name: `Rename Case ${caseNumberOf(4)}` }).click();
  await recent.getByLabel('Label (optional)').fill('Renamed after the export');
  await recent.getByRole('button', { name: 'Save' }).click();
  await expect(recent).toContainText('Renamed after the export');
  await expect
    .poll(async () =>
      Object.values(await storedSessions(page)).some((t) => t.includes('Renamed after')),
    )
    .toBe(true);
  const before = await storedSessions(page);

  await importText(page, older.text);
  await expect(transfer(page).getByRole('status')).toHaveText(
    '0 imported, 5 skipped: 1 because a newer copy is already here; 4 because they are already here, unchanged.',
  );
  expect(await storedSessions(page)).toEqual(before);
  await expect(recent).toContainText('Renamed after the export');
});

test('a file that is not an export changes nothing and says why', async ({ page }) => {
  test.slow();
  await seedSessions(page, 3);
  const good = await exportAll(page);
  const before = await storedSessions(page);
  const alert = transfer(page).getByRole('alert');

  await importField(page).setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  });
  await expect(alert).toHaveText(
    'Nothing was imported. This file is not an export of case sessions: it is not JSON text.',
  );

  await importText(page, JSON.stringify({ sessions: [] }));
  await expect(alert).toHaveText(
    'Nothing was imported. This file is not an export of case sessions from this guide.',
  );

  const tampered = JSON.parse(good.text) as { sessions: { session: { caseNumber: string } }[] };
  tampered.sessions[0]!.session.caseNumber = 'changed by hand';
  await importText(page, JSON.stringify(tampered));
  await expect(alert).toContainText('This export was changed after it was made');

  expect(await storedSessions(page)).toEqual(before);
  await expectNoSeriousViolations(page);
});
