import { expect, test } from 'vitest';
import { importDecision, replacementRecord } from './import-rules';
import { newSession, type CaseSession } from './session-record';

function copy(revision: number, updatedAt: string, changes: Partial<CaseSession> = {}) {
  return {
    ...newSession(
      { guideId: 'extension-failures', guideVersion: 1, stepId: 'log-permission' },
      { id: 'same-id', at: '2026-02-01T09:00:00.000Z', revision },
    ),
    updatedAt,
    ...changes,
  };
}

test('a session that is not here is added', () => {
  expect(importDecision(undefined, copy(3, '2026-02-01T10:00:00.000Z'))).toEqual({
    action: 'add',
  });
});

test('an older copy never replaces a newer one here', () => {
  const here = copy(5, '2026-02-03T10:00:00.000Z');
  expect(importDecision(here, copy(4, '2026-02-02T10:00:00.000Z'))).toEqual({
    action: 'skip',
    reason: 'newer-here',
  });
  // Earlier by time but with more writes: still not newer.
  expect(importDecision(here, copy(9, '2026-02-02T10:00:00.000Z'))).toMatchObject({
    reason: 'newer-here',
  });
});

test('the same copy is skipped as already here', () => {
  const here = copy(5, '2026-02-03T10:00:00.000Z');
  expect(importDecision(here, copy(5, '2026-02-03T10:00:00.000Z'))).toEqual({
    action: 'skip',
    reason: 'same-here',
  });
  // Written at the same moment, but once more here.
  expect(importDecision(here, copy(4, '2026-02-03T10:00:00.000Z'))).toMatchObject({
    reason: 'newer-here',
  });
  // Times compared as times, not as text.
  expect(importDecision(here, copy(5, '2026-02-03T11:00:00.000+01:00'))).toMatchObject({
    reason: 'same-here',
  });
});

test('a copy changed since the one here was made replaces it', () => {
  const here = copy(5, '2026-02-03T10:00:00.000Z');
  expect(importDecision(here, copy(7, '2026-02-04T10:00:00.000Z'))).toEqual({
    action: 'replace',
  });
  expect(importDecision(here, copy(5, '2026-02-04T10:00:00.000Z'))).toEqual({
    action: 'replace',
  });
});

test('copies both changed since they parted: the one here is kept', () => {
  const here = copy(8, '2026-02-03T10:00:00.000Z');
  expect(importDecision(here, copy(6, '2026-02-04T10:00:00.000Z'))).toEqual({
    action: 'skip',
    reason: 'both-changed',
  });
});

test('a replacement is above the stored revision and keeps this browser’s folded journals', () => {
  const stored = copy(9, '2026-02-03T10:00:00.000Z', {
    sync: { stamps: {}, folded: { 'tab-here': 4, shared: 2 }, startAnswers: {} },
  });
  const incoming = copy(7, '2026-02-04T10:00:00.000Z', {
    caseNumber: '2601',
    sync: { stamps: { name: 'x' }, folded: { 'tab-there': 3, shared: 5 }, startAnswers: {} },
  });
  const record = replacementRecord(stored, incoming);
  expect(record.revision).toBe(10);
  expect(record.updatedAt).toBe(incoming.updatedAt);
  expect(record.caseNumber).toBe('2601');
  expect(record.sync).toEqual({
    stamps: { name: 'x' },
    folded: { 'tab-there': 3, shared: 5, 'tab-here': 4 },
    startAnswers: {},
  });
  expect(replacementRecord(copy(2, stored.updatedAt), incoming).revision).toBe(7);
});

test('a replacement of a record without bookkeeping starts it from its answers', () => {
  const incoming = copy(7, '2026-02-04T10:00:00.000Z', {
    answers: { 'log-permission': 'granted' },
  });
  expect(replacementRecord(copy(2, '2026-02-01T10:00:00.000Z'), incoming).sync).toEqual({
    stamps: {},
    folded: {},
    startAnswers: { 'log-permission': 'granted' },
  });
});
