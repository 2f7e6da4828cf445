import { expect, test } from 'vitest';
import { guideRegistry } from '../../guides/guide-registry';
import { guideSignatures } from '../../guides/signature-source';
import { buildReport, type StepOptions } from './analysis-report';
import { compileSignatures } from './compile-signatures';
import { answersToPrefill, otherQuestions } from './log-answers';
import { scanPastedText } from './scan-stream';
import { fixtureText } from './fixture-bytes.test-helper';

const guide = await guideRegistry.loadGuide('extension-failures');
const signatures = (await guideSignatures.load('extension-failures'))!;
const compiled = compileSignatures(signatures);
const findingsStep = guide.stepById(signatures.step)!;
const findings: StepOptions = {
  step: findingsStep.id,
  options: findingsStep.answer!.options,
};
const reportOf = (...texts: [string, string][]) =>
  buildReport(
    texts.map(([name, text]) => scanPastedText(name, text, compiled)),
    signatures,
    findings,
  );

const pluginLog = reportOf(['IaaSBcdrExtension0.log', fixtureText('IaaSBcdrExtension0.log')]);

test('one error named in the logs pre-fills the error code when it is not answered yet', () => {
  const others = otherQuestions(pluginLog, guide, signatures, { 'log-permission': 'granted' });
  expect(others).toHaveLength(1);
  expect(others[0]).toMatchObject({
    step: { id: 'error-code' },
    named: [
      { value: 'extension-installation-failed-com', label: 'ExtensionInstallationFailedCOM' },
    ],
    prefill: 'extension-installation-failed-com',
  });
  expect(answersToPrefill(guide, signatures, ['install-provider-com-exception'], others)).toEqual({
    'error-code': 'extension-installation-failed-com',
    findings: 'install-provider-com-exception',
  });
});

test('an error code the engineer answered is never changed, even when the logs name another', () => {
  const others = otherQuestions(pluginLog, guide, signatures, {
    'error-code': 'extension-installation-failed-mdtc',
  });
  expect(others[0]).toMatchObject({ answered: 'extension-installation-failed-mdtc' });
  expect(others[0]!.prefill).toBeUndefined();
  expect(answersToPrefill(guide, signatures, ['iaasvm-provider'], others)).toEqual({
    findings: 'iaasvm-provider',
  });
});

test('two errors named: the engineer answers it from the backup job', () => {
  const report = reportOf(
    ['IaaSBcdrExtension0.log', fixtureText('IaaSBcdrExtension0.log')],
    ['Pasted text', '2022-11-11T06:34:12Z [Error] ExtensionSnapshotFailedCOM'],
  );
  const others = otherQuestions(report, guide, signatures, {});
  expect(others[0]!.named.map((n) => n.value)).toEqual([
    'extension-snapshot-failed-com',
    'extension-installation-failed-com',
  ]);
  expect(others[0]!.prefill).toBeUndefined();
});

test('findings are pre-filled in the step’s own order, and nothing when none is ticked', () => {
  expect(
    answersToPrefill(guide, signatures, ['install-provider-com-exception', 'event-4689'], []),
  ).toEqual({ findings: 'event-4689,install-provider-com-exception' });
  expect(answersToPrefill(guide, signatures, [], [])).toEqual({});
});
