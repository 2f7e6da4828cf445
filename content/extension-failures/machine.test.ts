import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { initialTransition, transition } from 'xstate';
import { expect, test } from 'vitest';
import { guideEventsFor } from '../../src/machine/guide-events';
import { createGuideModel } from '../../src/machine/guide-model';
import type { Answers } from '../../src/machine/guide-snapshot';
import { replay as replayIn, settleAnswers as settleIn, stepOf } from '../../src/machine/replay';
import { manifest } from './guide';
import { definition } from './index';
import { extensionFailuresMachine, type GuideEvent } from './machine';

const guide = createGuideModel(manifest, definition);
const { steps } = guide;
const replay = (answers: Answers) => replayIn(guide, answers);
const settleAnswers = (answers: Answers) => settleIn(guide, answers);

const base: Answers = {
  'log-permission': 'granted',
  'collect-asc': 'report-ready',
};

function endOf(answers: Answers): string {
  const { trail } = replay(answers);
  return trail.at(-1)!.id;
}

function walk(...events: GuideEvent[]): string {
  let [snapshot] = initialTransition(extensionFailuresMachine);
  for (const event of events) [snapshot] = transition(extensionFailuresMachine, snapshot, event);
  return stepOf(guide, snapshot).id;
}

test('the guide starts on the start page and goes to the log permission question', () => {
  expect(walk()).toBe('start');
  expect(walk({ type: 'guide.start' })).toBe('log-permission');
});

test('permission not granted waits, then continues to Method 1 once granted', () => {
  expect(endOf({ 'log-permission': 'not-granted' })).toBe('permission-pending');
  expect(endOf({ 'log-permission': 'not-granted', 'permission-pending': 'granted' })).toBe(
    'collect-asc',
  );
  expect(endOf({ 'log-permission': 'granted' })).toBe('collect-asc');
});

test('Method 1 leads to the symptoms, or to Method 2 when ASC is not enough', () => {
  expect(endOf(base)).toBe('error-code');
  expect(endOf({ ...base, 'collect-asc': 'not-working' })).toBe('collect-manual');
  expect(endOf({ ...base, 'collect-asc': 'need-more' })).toBe('collect-manual');
  expect(endOf({ ...base, 'collect-asc': 'need-more', 'collect-manual': 'collected' })).toBe(
    'error-code',
  );
});

test('Cause 1 is reached only with all three symptoms together', () => {
  const errorCodes = [
    'extension-snapshot-failed-com',
    'extension-installation-failed-com',
    'extension-installation-failed-mdtc',
  ];
  const findings = ['event-4689', 'iaasvm-provider', 'none'];
  const reboots = ['yes', 'no', 'not-sure', undefined];
  for (const code of errorCodes) {
    for (const found of findings) {
      for (const reboot of reboots) {
        const answers: Record<string, string> = {
          ...base,
          'error-code': code,
          findings: found,
          ...(reboot ? { reboot } : {}),
        };
        const all3 =
          code !== 'extension-snapshot-failed-com' && found === 'event-4689' && reboot === 'yes';
        const reached = replay(answers).trail.some((s) => s.id === 'cause-desktop-heap');
        expect(reached, JSON.stringify(answers)).toBe(all3);
      }
    }
  }
});

test('two of three symptoms never reach Cause 1', () => {
  // installation failure + Event 4689, reboot does not help / unknown
  for (const reboot of ['no', 'not-sure']) {
    expect(
      endOf({
        ...base,
        'error-code': 'extension-installation-failed-com',
        findings: 'event-4689',
        reboot,
      }),
    ).toBe('known-issues');
  }
  // Event 4689 + reboot helps, but a snapshot failure: the reboot question is never asked
  const snapshot = replay({
    ...base,
    'error-code': 'extension-snapshot-failed-com',
    findings: 'event-4689',
    reboot: 'yes',
  });
  expect(snapshot.trail.map((s) => s.id)).not.toContain('reboot');
  expect(snapshot.used).not.toContain('reboot');
  expect(snapshot.trail.at(-1)!.id).toBe('known-issues');
});

test('the reboot question is asked only for an installation failure with Event 4689', () => {
  const installation = { ...base, 'error-code': 'extension-installation-failed-mdtc' };
  expect(endOf({ ...installation, findings: 'event-4689' })).toBe('reboot');
  expect(endOf({ ...installation, findings: 'iaasvm-provider' })).toBe('cause-iaasvm-provider');
  expect(
    endOf({ ...base, 'error-code': 'extension-snapshot-failed-com', findings: 'event-4689' }),
  ).toBe('known-issues');
});

test('when Cause 1 is not confirmed, the other causes are still checked in the TSG order', () => {
  const answers = {
    ...base,
    'error-code': 'extension-installation-failed-com',
    reboot: 'not-sure',
  };
  expect(endOf({ ...answers, findings: 'event-4689,iaasvm-provider' })).toBe(
    'cause-iaasvm-provider',
  );
  expect(endOf({ ...answers, findings: 'event-4689,install-provider-com-exception' })).toBe(
    'dll-dates',
  );
  expect(endOf({ ...answers, reboot: 'yes', findings: 'event-4689,iaasvm-provider' })).toBe(
    'cause-desktop-heap',
  );
});

test('Cause 2 comes before Cause 3 when both errors are found', () => {
  expect(
    endOf({
      ...base,
      'error-code': 'extension-snapshot-failed-com',
      findings: 'iaasvm-provider,install-provider-com-exception',
    }),
  ).toBe('cause-iaasvm-provider');
});

test('Cause 3 needs the COMException and different DLL Modified dates', () => {
  const answers = {
    ...base,
    'error-code': 'extension-snapshot-failed-com',
    findings: 'install-provider-com-exception',
  };
  expect(endOf(answers)).toBe('dll-dates');
  expect(endOf({ ...answers, 'dll-dates': 'differ' })).toBe('cause-msvc-dll-mismatch');
  expect(endOf({ ...answers, 'dll-dates': 'same' })).toBe('known-issues');
});

test('no matching finding leads to the other known issues', () => {
  expect(
    endOf({ ...base, 'error-code': 'extension-installation-failed-com', findings: 'none' }),
  ).toBe('known-issues');
});

test('after each remediation a retried backup either resolves the case or leads to the known issues', () => {
  const toCause2 = {
    ...base,
    'error-code': 'extension-snapshot-failed-com',
    findings: 'iaasvm-provider',
    'cause-iaasvm-provider': 'applied',
  };
  expect(endOf(toCause2)).toBe('retry');
  expect(endOf({ ...toCause2, retry: 'succeeded' })).toBe('resolved');
  expect(endOf({ ...toCause2, retry: 'failed' })).toBe('known-issues');
});

test('every option of every step sends an event its state accepts', () => {
  const paths = getShortestPaths(guide.machine, { events: guideEventsFor(guide) });
  const seen = new Set<string>();
  for (const path of paths) {
    const step = stepOf(guide, path.state);
    if (seen.has(step.id)) continue;
    seen.add(step.id);
    for (const event of guideEventsFor(guide)(path.state)) {
      expect(path.state.can(event), `${step.id}: ${event.type}`).toBe(true);
    }
  }
  expect([...seen].sort()).toEqual(steps.map((s) => s.id).sort());
});

test('every step is reachable and every path ends on a final step', () => {
  const paths = getSimplePaths(guide.machine, { events: guideEventsFor(guide) });
  const ends = new Set(
    paths.filter((p) => p.state.status === 'done').map((p) => stepOf(guide, p.state).id),
  );
  expect([...ends].sort()).toEqual(['known-issues', 'resolved']);
  const visited = new Set(
    paths.flatMap((p) => [p.state, ...p.steps.map((s) => s.state)]).map((s) => stepOf(guide, s).id),
  );
  expect([...visited].sort()).toEqual(steps.map((s) => s.id).sort());
});

test('answers waiting for a step that may still come are kept; impossible ones are dropped', () => {
  const { kept, dropped } = settleAnswers({
    'log-permission': 'granted',
    'collect-asc': 'need-more',
    // collect-manual not answered yet: these may still apply
    'error-code': 'extension-snapshot-failed-com',
    retry: 'succeeded',
    // never asked once permission was granted
    'permission-pending': 'granted',
  });
  expect(Object.keys(kept).sort()).toEqual([
    'collect-asc',
    'error-code',
    'log-permission',
    'retry',
  ]);
  expect(dropped).toEqual(['permission-pending']);
});
