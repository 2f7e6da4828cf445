import { expect, test } from 'vitest';
import {
  maxNoteLength,
  mergeConcurrent,
  recordAnswer,
  rename,
  setNote,
  toggleChecklistItem,
  type CaseSession,
} from './session-record';

const t0 = '2026-01-10T09:00:00.000Z';
const t1 = '2026-01-10T09:05:00.000Z';
const t2 = '2026-01-10T09:10:00.000Z';
const t3 = '2026-01-10T09:15:00.000Z';

function sample(overrides: Partial<CaseSession> = {}): CaseSession {
  return {
    id: 's1',
    revision: 3,
    createdAt: t0,
    updatedAt: t0,
    guideId: 'extension-failures',
    guideVersion: 1,
    stepId: 'log-permission',
    answers: {},
    timeline: [],
    checklists: {},
    notes: {},
    ...overrides,
  };
}

test('recordAnswer sets the answers and step, appends to the timeline, and copies', () => {
  const before = sample();
  const answers = { 'log-permission': 'granted' };
  const after = recordAnswer(before, 'log-permission', 'granted', answers, 'collect-asc', t1);
  expect(after).toMatchObject({
    answers,
    stepId: 'collect-asc',
    updatedAt: t1,
    revision: 3,
    timeline: [{ stepId: 'log-permission', value: 'granted', at: t1 }],
  });
  expect(after.answers).not.toBe(answers);
  expect(before.timeline).toEqual([]);
  expect(before.stepId).toBe('log-permission');
});

test('toggleChecklistItem keeps the first check time and drops emptied checklists', () => {
  let s = toggleChecklistItem(sample(), 'asc-report', '1', true, t1);
  s = toggleChecklistItem(s, 'asc-report', '1', true, t2);
  expect(s.checklists).toEqual({ 'asc-report': { '1': t1 } });
  s = toggleChecklistItem(s, 'asc-report', '2', true, t2);
  s = toggleChecklistItem(s, 'asc-report', '1', false, t3);
  expect(s.checklists).toEqual({ 'asc-report': { '2': t2 } });
  s = toggleChecklistItem(s, 'asc-report', '2', false, t3);
  expect(s.checklists).toEqual({});
  expect(s.updatedAt).toBe(t3);
});

test('setNote clamps long text and a blank text removes the note', () => {
  const s = setNote(sample(), 'findings', 'x'.repeat(maxNoteLength + 10), t1);
  expect(s.notes.findings!.text).toHaveLength(maxNoteLength);
  expect(setNote(s, 'findings', '  \n', t2).notes).toEqual({});
});

test('rename trims, and blank values remove the case number and label', () => {
  const s = rename(sample(), { caseNumber: ' 2601100010001234 ', label: 'SQL VM' }, t1);
  expect(s).toMatchObject({ caseNumber: '2601100010001234', label: 'SQL VM', updatedAt: t1 });
  const cleared = rename(s, { caseNumber: '', label: ' ' });
  expect(cleared).not.toHaveProperty('caseNumber');
  expect(cleared).not.toHaveProperty('label');
  expect(cleared.updatedAt).toBe(t1);
});

test('mergeConcurrent: newer answers win, checklists union with the earlier time', () => {
  const mine = sample({
    updatedAt: t2,
    stepId: 'error-code',
    answers: { 'log-permission': 'granted', 'collect-asc': 'report-ready' },
    checklists: { 'asc-report': { '1': t2, '2': t2 } },
    notes: {
      findings: { text: 'mine', updatedAt: t2 },
      retry: { text: 'only mine', updatedAt: t1 },
    },
    timeline: [
      { stepId: 'log-permission', value: 'granted', at: t1 },
      { stepId: 'collect-asc', value: 'report-ready', at: t2 },
    ],
  });
  const theirs = sample({
    revision: 4,
    updatedAt: t3,
    stepId: 'collect-manual',
    label: 'theirs',
    answers: { 'log-permission': 'granted', 'collect-asc': 'not-working' },
    checklists: { 'asc-report': { '1': t1 }, 'manual-log-locations': { '3': t3 } },
    notes: { findings: { text: 'theirs', updatedAt: t1 } },
    timeline: [
      { stepId: 'log-permission', value: 'granted', at: t1 },
      { stepId: 'collect-asc', value: 'not-working', at: t3 },
    ],
  });
  const merged = mergeConcurrent(mine, theirs);
  expect(merged.revision).toBe(4);
  expect(merged.updatedAt).toBe(t3);
  expect(merged.stepId).toBe('collect-manual');
  expect(merged.label).toBe('theirs');
  expect(merged.answers['collect-asc']).toBe('not-working');
  expect(merged.checklists).toEqual({
    'asc-report': { '1': t1, '2': t2 },
    'manual-log-locations': { '3': t3 },
  });
  expect(merged.notes).toEqual({
    findings: { text: 'mine', updatedAt: t2 },
    retry: { text: 'only mine', updatedAt: t1 },
  });
  expect(merged.timeline.map((e) => `${e.stepId}=${e.value}`)).toEqual([
    'log-permission=granted',
    'collect-asc=report-ready',
    'collect-asc=not-working',
  ]);
});

test('mergeConcurrent: my answers win when theirs are not newer', () => {
  const mine = sample({ updatedAt: t2, stepId: 'findings', answers: { a: '1' } });
  const theirs = sample({ updatedAt: t2, stepId: 'reboot', answers: { a: '2' }, label: 'x' });
  const merged = mergeConcurrent(mine, theirs);
  expect(merged.stepId).toBe('findings');
  expect(merged.answers).toEqual({ a: '1' });
  expect(merged).not.toHaveProperty('label');
});
