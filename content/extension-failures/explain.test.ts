import { expect, test } from 'vitest';
import { answerLabel } from '../../src/machine/answer-labels';
import { createGuideModel } from '../../src/machine/guide-model';
import { desktopHeapRuledOut } from './desktop-heap-verdict';
import { manifest } from './guide';
import { definition } from './index';
import { knownIssuesReason } from './known-issues-reason';

const guide = createGuideModel(manifest, definition);
const stepById = (id: string) => guide.stepById(id);

test('answer labels read the option labels off the machine', () => {
  expect(answerLabel(stepById('log-permission')!, 'granted')).toBe(
    'Yes, Log Permission shows Granted',
  );
  expect(answerLabel(stepById('findings')!, 'event-4689,iaasvm-provider')).toBe(
    'Event ID 4689 in the Windows Application log; An error related to the IaaSVM provider state',
  );
  expect(answerLabel(stepById('findings')!, 'none')).toBe('None of these');
});

test('two of three symptoms: the verdict names the missing one', () => {
  const verdict = desktopHeapRuledOut({
    errorCode: 'ExtensionInstallationFailedCOM',
    findings: ['event-4689'],
    reboot: 'no',
  });
  expect(verdict?.held).toBe(2);
  expect(verdict?.symptoms.map((s) => s.holds)).toEqual([true, true, false]);
});

test('a snapshot failure with Event 4689 rules Cause 1 out without the reboot question', () => {
  const verdict = desktopHeapRuledOut({
    errorCode: 'ExtensionSnapshotFailedCOM',
    findings: ['event-4689'],
  });
  expect(verdict?.symptoms.map((s) => s.holds)).toEqual([false, true, undefined]);
});

test('no verdict while Cause 1 is undecided, applies, or Event 4689 was not found', () => {
  expect(
    desktopHeapRuledOut({ errorCode: 'ExtensionInstallationFailedCOM', findings: ['event-4689'] }),
  ).toBeUndefined();
  expect(
    desktopHeapRuledOut({
      errorCode: 'ExtensionInstallationFailedMDTC',
      findings: ['event-4689'],
      reboot: 'yes',
    }),
  ).toBeUndefined();
  expect(
    desktopHeapRuledOut({ errorCode: 'ExtensionSnapshotFailedCOM', findings: ['iaasvm-provider'] }),
  ).toBeUndefined();
});

test('the known-issues page says why the guide ended there', () => {
  const retry = stepById('retry')!;
  const cause = stepById('cause-iaasvm-provider')!;
  expect(
    knownIssuesReason([
      { step: cause, value: 'applied' },
      { step: retry, value: 'failed' },
    ]),
  ).toMatch(/still fails after the remediation for Cause 2/);
  expect(knownIssuesReason([{ step: stepById('findings')!, value: 'none' }])).toMatch(
    /none of the TSG’s known causes/,
  );
  expect(knownIssuesReason([{ step: stepById('dll-dates')!, value: 'same' }])).toMatch(
    /same Modified date/,
  );
});
