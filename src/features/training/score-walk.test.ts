import { expect, test } from 'vitest';
import type { PracticeCase } from '../../machine/guide-training';
import { testGuide } from './guides.test-helper';
import { sameAnswer, scoreWalk } from './score-walk';

const guide = testGuide('extension-failures');

const cause2Case: PracticeCase = {
  id: 'provider',
  title: 'A snapshot failure',
  level: 'starter',
  card: { customerReport: 'Backups fail.', sections: [] },
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

const upToFindings = {
  'log-permission': 'granted',
  'collect-asc': 'report-ready',
  'error-code': 'extension-snapshot-failed-com',
};

test('the expected path, a multiple choice in another order: right, with its time and backs', () => {
  const score = scoreWalk(guide, cause2Case, {
    answers: {
      ...upToFindings,
      findings: 'iaasvm-provider,event-4689',
      'cause-iaasvm-provider': 'applied',
      retry: 'succeeded',
    },
    timeMs: 6500,
    backs: 1,
  });
  expect(score).toMatchObject({
    finished: true,
    outcomeRight: true,
    pathRight: true,
    divergence: undefined,
    timeMs: 6500,
    backs: 1,
  });
  expect(score.reached.id).toBe('resolved');
  expect(score.trail).toEqual(score.expectedTrail);
  expect(score.causeReached?.id).toBe('cause-iaasvm-provider');
});

test('a wrong answer: the first divergent step, with both answers’ labels from the machine', () => {
  const score = scoreWalk(guide, cause2Case, {
    answers: { ...upToFindings, findings: 'event-4689' },
    timeMs: 4000,
    backs: 0,
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
  const score = scoreWalk(guide, cause2Case, {
    answers: {
      ...upToFindings,
      findings: 'install-provider-com-exception',
      'dll-dates': 'differ',
      'cause-msvc-dll-mismatch': 'applied',
      retry: 'succeeded',
    },
    timeMs: 7000,
    backs: 0,
  });
  expect(score).toMatchObject({ outcomeRight: true, pathRight: false });
  expect(score.divergence?.step.id).toBe('findings');
  expect(score.causeReached?.id).toBe('cause-msvc-dll-mismatch');
});

test('a walk that stops midway is not finished; it stops where the next answer was expected', () => {
  const score = scoreWalk(guide, cause2Case, {
    answers: { 'log-permission': 'granted' },
    timeMs: 0,
    backs: 0,
  });
  expect(score).toMatchObject({ finished: false, outcomeRight: false, pathRight: false });
  expect(score.reached.id).toBe('collect-asc');
  expect(score.divergence).toMatchObject({
    reason: 'stopped',
    expectedLabel: 'The report gave me the logs I need',
  });
});

test('two answers are the same when they send the same event', () => {
  const findings = guide.stepById('findings')!;
  expect(sameAnswer(findings, 'iaasvm-provider,event-4689', 'event-4689,iaasvm-provider')).toBe(
    true,
  );
  expect(sameAnswer(findings, 'iaasvm-provider', 'event-4689')).toBe(false);
  expect(sameAnswer(findings, 'smoke', 'fire')).toBe(false);
});
