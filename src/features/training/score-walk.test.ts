import { expect, test } from 'vitest';
import { extensionFailuresMachine } from '../../machine/extension-failures.machine';
import type { PracticeCase } from './practice-case';
import { scoreWalk, standingAnswers, type WalkEvent } from './score-walk';

const cause2Case: PracticeCase = {
  id: 'provider',
  title: 'A snapshot failure',
  level: 'starter',
  card: {
    customerReport: 'Backups fail.',
    backupError: { code: 'ExtensionSnapshotFailedCOM', message: '' },
    logPermission: 'Granted.',
    logCollection: 'Report ready.',
    logs: [],
    reboot: 'No help.',
    dllDates: 'Not looked at.',
    afterRemediation: 'Succeeds.',
  },
  expected: {
    answers: {
      'log-permission': 'granted',
      'collect-asc': 'report-ready',
      'error-code': 'extension-snapshot-failed-com',
      findings: 'event-4689,iaasvm-provider',
      'cause-iaasvm-provider': 'applied',
      retry: 'succeeded',
    },
    outcome: 'resolved',
  },
  debrief: '',
};

/** Answers at one-second intervals from t = 0. */
function answering(...pairs: ([string, string] | 'back')[]): WalkEvent[] {
  return pairs.map((p, i) =>
    p === 'back'
      ? { type: 'back', at: (i + 1) * 1000 }
      : { type: 'answer', stepId: p[0], value: p[1], at: (i + 1) * 1000 },
  );
}

const rightWay: [string, string][] = [
  ['log-permission', 'granted'],
  ['collect-asc', 'report-ready'],
  ['error-code', 'extension-snapshot-failed-com'],
  ['findings', 'iaasvm-provider,event-4689'],
  ['cause-iaasvm-provider', 'applied'],
  ['retry', 'succeeded'],
];

test('the expected path, a multiple choice in another order: right, with time and no backs', () => {
  const score = scoreWalk(extensionFailuresMachine, cause2Case, {
    startedAt: 0,
    events: answering(...rightWay),
    finishedAt: 6500,
  });
  expect(score).toMatchObject({
    finished: true,
    outcomeRight: true,
    pathRight: true,
    divergence: undefined,
    timeMs: 6500,
    backs: 0,
  });
  expect(score.reached.id).toBe('resolved');
  expect(score.trail).toEqual(score.expectedTrail);
  expect(score.causeReached?.id).toBe('cause-iaasvm-provider');
});

test('going back and correcting an answer is counted but not held against the outcome', () => {
  const score = scoreWalk(extensionFailuresMachine, cause2Case, {
    startedAt: 0,
    events: answering(
      ['log-permission', 'granted'],
      ['collect-asc', 'report-ready'],
      ['error-code', 'extension-installation-failed-com'],
      'back',
      ['error-code', 'extension-snapshot-failed-com'],
      ['findings', 'event-4689,iaasvm-provider'],
      ['cause-iaasvm-provider', 'applied'],
      ['retry', 'succeeded'],
    ),
  });
  expect(score).toMatchObject({ pathRight: true, outcomeRight: true, backs: 1, timeMs: 8000 });
});

test('a wrong answer: the first divergent step, with both answers’ labels from the machine', () => {
  const score = scoreWalk(extensionFailuresMachine, cause2Case, {
    startedAt: 0,
    events: answering(
      ['log-permission', 'granted'],
      ['collect-asc', 'report-ready'],
      ['error-code', 'extension-snapshot-failed-com'],
      ['findings', 'event-4689'],
    ),
  });
  expect(score.finished).toBe(true);
  expect(score.reached.id).toBe('known-issues');
  expect(score).toMatchObject({ outcomeRight: false, pathRight: false });
  expect(score.divergence).toMatchObject({
    reason: 'answer',
    expectedLabel:
      'Event ID 4689 in the Windows Application log; An error related to the IaaSVM provider state',
    givenLabel: 'Event ID 4689 in the Windows Application log',
  });
  expect(score.divergence!.step.id).toBe('findings');
  expect(score.causeReached).toBeUndefined();
  expect(score.expectedCause?.id).toBe('cause-iaasvm-provider');
});

test('the right end by a wrong path is the right outcome but not a right path', () => {
  const score = scoreWalk(extensionFailuresMachine, cause2Case, {
    startedAt: 0,
    events: answering(
      ['log-permission', 'granted'],
      ['collect-asc', 'report-ready'],
      ['error-code', 'extension-snapshot-failed-com'],
      ['findings', 'install-provider-com-exception'],
      ['dll-dates', 'differ'],
      ['cause-msvc-dll-mismatch', 'applied'],
      ['retry', 'succeeded'],
    ),
  });
  expect(score).toMatchObject({ outcomeRight: true, pathRight: false });
  expect(score.divergence?.step.id).toBe('findings');
  expect(score.causeReached?.id).toBe('cause-msvc-dll-mismatch');
});

test('a walk abandoned midway is not finished; it stops where the next answer was expected', () => {
  const score = scoreWalk(extensionFailuresMachine, cause2Case, {
    startedAt: 1000,
    events: answering(['log-permission', 'granted']),
  });
  expect(score).toMatchObject({
    finished: false,
    outcomeRight: false,
    pathRight: false,
    timeMs: 0,
  });
  expect(score.reached.id).toBe('collect-asc');
  expect(score.divergence).toMatchObject({
    reason: 'stopped',
    expectedLabel: 'The report gave me the logs I need',
  });
});

test('standing answers: Back undoes the latest; answering a step again drops what followed', () => {
  expect(
    standingAnswers(answering(['a', '1'], ['b', '2'], 'back', ['b', '3'], ['c', '4'], ['a', '5'])),
  ).toEqual([{ stepId: 'a', value: '5' }]);
});
