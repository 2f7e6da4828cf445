import { expect, test } from 'vitest';
import { benchRows, benchTable, targetsMet } from './bench-table.mjs';

/** A harness result with only a click flow: its ready and per-click medians, per profile. */
function flowResult(profiles: Record<string, { ready: number; clicks: number[] }>) {
  const entries = Object.entries(profiles).map(([name, { ready, clicks }]) => [
    name,
    {
      readyMs: { median: ready },
      appMs: { median: ready + clicks.reduce((a, b) => a + b, 0) },
      steps: clicks.map((c, i) => ({ name: `step ${i + 1}`, latencyMs: { median: c } })),
    },
  ]);
  return { flow: { profiles: Object.fromEntries(entries) } };
}

const ours = flowResult({
  desktop: { ready: 100, clicks: [30, 15] },
  mobile: { ready: 300, clicks: [60, 45] },
});
const surveyjs = flowResult({
  desktop: { ready: 900, clicks: [20, 20, 18] },
  mobile: { ready: 2000, clicks: [94, 90, 100] },
});
const floor = flowResult({
  desktop: { ready: 60, clicks: [14, 13] },
  mobile: { ready: 230, clicks: [30, 14] },
});

const row = (table: string, measure: string) =>
  table
    .split('\n')
    .find((l) => l.startsWith(`| ${measure} |`))
    ?.split('|')
    .slice(1, -1)
    .map((c) => c.trim());

test('each click row shows the floor’s same click beside ours, and is judged against the target only', () => {
  const rows = benchRows({
    start: ours,
    cause: null,
    answered: null,
    staticPeer: null,
    surveyjs,
    floor,
  });
  const table = benchTable(rows);
  expect(table.split('\n')[0]).toContain('| SurveyJS | floor |');
  // measure, ours, static, SurveyJS, floor, ours/static, ours/SurveyJS, target, met
  expect(row(table, 'clicks desktop: 1. step 1')).toEqual([
    'clicks desktop: 1. step 1',
    '30 ms',
    '–',
    '20 ms',
    '14 ms',
    '–',
    '1.50×',
    '≤ 16 ms, ≤ SurveyJS',
    'NO',
  ]);
  expect(row(table, 'clicks desktop: 2. step 2')?.slice(4)).toEqual([
    '13 ms',
    '–',
    '0.75×',
    '≤ 16 ms, ≤ SurveyJS',
    'yes',
  ]);
  expect(row(table, 'clicks mobile: 2. step 2')?.[4]).toBe('14 ms');
  expect(row(table, 'clicks mobile: ready (navigation → first step usable)')?.[4]).toBe('230 ms');
  expect(row(table, 'clicks desktop: ready + all clicks')?.[4]).toBe('87 ms');
  // The floor is a reference, not a target: the four click rows are the only ones judged here.
  expect(targetsMet(rows)).toEqual({ met: 2, of: 4 });
});

test('without a floor result the column stays empty', () => {
  const table = benchTable(
    benchRows({ start: ours, cause: null, answered: null, staticPeer: null, surveyjs }),
  );
  expect(row(table, 'clicks mobile: 1. step 1')?.[4]).toBe('–');
});
