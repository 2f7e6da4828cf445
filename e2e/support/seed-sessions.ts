import type { Page } from '@playwright/test';

/**
 * Saved case sessions put straight into the page's `localStorage`, as the one writer stores them
 * (schema 2): for tests that need many sessions (a year of cases) without walking the guide for
 * each. Session `i` has case number `caseNumberOf(i)`; the higher `i`, the newer.
 */

export const caseNumberOf = (i: number) => String(2601200000000000 + i * 7);

export function seededRecords(count: number, { from = 0 } = {}): [string, string][] {
  const start = Date.parse('2026-01-05T09:00:00.000Z');
  const records: [string, string][] = [];
  for (let i = from; i < from + count; i++) {
    const at = new Date(start + i * 3_600_000).toISOString();
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const session = {
      id,
      revision: 3,
      createdAt: at,
      updatedAt: at,
      caseNumber: caseNumberOf(i),
      ...(i % 3 === 0 ? { label: `Contoso vault ${i}` } : {}),
      guideId: 'extension-failures',
      guideVersion: 1,
      stepId: 'collect-manual',
      answers: { 'log-permission': 'granted', 'collect-asc': 'not-working' },
      timeline: [
        { stepId: 'log-permission', value: 'granted', at },
        { stepId: 'collect-asc', value: 'not-working', at },
      ],
      checklists: {},
      notes: { 'collect-manual': { text: `Note of case ${i}`, updatedAt: at } },
    };
    records.push([`tsg-wizard:session:${id}`, JSON.stringify({ schema: 2, session })]);
  }
  return records;
}

/** Stores `count` sessions in the page's origin and reloads, so the app reads them. */
export async function seedSessions(page: Page, count: number, options: { from?: number } = {}) {
  if (page.url() === 'about:blank') await page.goto('/');
  await page.evaluate(
    (rows) => {
      for (const [key, value] of rows) localStorage.setItem(key, value);
    },
    seededRecords(count, options),
  );
  await page.reload();
}

/** Every stored session record (key → text), to compare before and after. */
export function storedSessions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('tsg-wizard:session:'))
        .map((key) => [key, localStorage.getItem(key) ?? '']),
    ),
  );
}
