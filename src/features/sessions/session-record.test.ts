import { expect, test } from 'vitest';
import { newSession } from './session-record';

const t0 = '2026-01-10T09:00:00.000Z';

test('a new session starts from what it is given, with defaults for the rest, and copies it', () => {
  const answers = { 'log-permission': 'granted' };
  const session = newSession(
    {
      guideId: 'extension-failures',
      guideVersion: 1,
      stepId: 'collect-asc',
      answers,
      caseNumber: '2601100010000001',
    },
    { id: 's1', at: t0, revision: 1 },
  );
  expect(session).toEqual({
    id: 's1',
    revision: 1,
    createdAt: t0,
    updatedAt: t0,
    caseNumber: '2601100010000001',
    guideId: 'extension-failures',
    guideVersion: 1,
    stepId: 'collect-asc',
    answers: { 'log-permission': 'granted' },
    timeline: [],
    checklists: {},
    notes: {},
  });
  answers['log-permission'] = 'not-granted';
  expect(session.answers['log-permission']).toBe('granted');
  expect('label' in session || 'returnTo' in session).toBe(false);
});
