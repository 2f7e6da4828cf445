import { expect, test } from 'vitest';
import { guideSignatures } from '../../guides/signature-source';
import { buildReport, type StepOptions } from './analysis-report';
import { compileSignatures } from './compile-signatures';
import { scanPastedText } from './scan-stream';
import { fixtureText } from './fixture-bytes.test-helper';

/** This TSG's signatures (`content/extension-failures/signatures.yml`), found as the app finds them. */
const signatures = (await guideSignatures.load('extension-failures'))!;

const compiled = compileSignatures(signatures);
const findings: StepOptions = {
  step: 'findings',
  options: [
    { value: 'event-4689', label: 'Event ID 4689 in the Windows Application log' },
    { value: 'iaasvm-provider', label: 'An error related to the IaaSVM provider state' },
    {
      value: 'install-provider-com-exception',
      label: 'Install provider failed … COMException (0x80110401)',
    },
  ],
};
const scan = (name: string) => scanPastedText(name, fixtureText(name), compiled);

test('hits are grouped by the answer they support, error code first, then findings in order', () => {
  const report = buildReport(
    ['IaaSBcdrExtension0.log', 'Application.xml', 'WaAppAgent.log'].map(scan),
    signatures,
    findings,
  );
  expect(report.groups.map((g) => g.key)).toEqual([
    'error-code:extension-installation-failed-com',
    'findings:event-4689',
    'findings:iaasvm-provider',
    'findings:install-provider-com-exception',
  ]);
  expect(report.groups[1]).toMatchObject({
    label: findings.options[0]!.label,
    cause: 'cause-desktop-heap',
  });
  expect(report.filesScanned).toBe(3);
  expect(report.nothingFound).toBe(false);
});

test('hits of one signature are sorted by time across files', () => {
  const report = buildReport(
    ['WaAppAgent.log', 'IaaSBcdrExtension0.log'].map(scan),
    signatures,
    findings,
  );
  const errors = report.groups[0]!.signatures[0]!;
  // The plugin log's line (2018, UTC) comes before the agent's (2022, no time zone).
  expect(errors.hits.map((h) => h.file)).toEqual(['IaaSBcdrExtension0.log', 'WaAppAgent.log']);
  expect(errors.total).toBe(2);
  expect(report.hasTimesWithoutZone).toBe(true);
});

test('which findings the logs support, and which only as a lead', () => {
  const report = buildReport(
    ['IaaSBcdrExtension0.log', 'Application.csv'].map(scan),
    signatures,
    findings,
  );
  expect(report.findings.map((f) => [f.value, f.support])).toEqual([
    ['event-4689', 'evidence'],
    ['iaasvm-provider', 'lead'],
    ['install-provider-com-exception', 'evidence'],
  ]);
});

test('what only the engineer can answer follows what was found', () => {
  const report = buildReport([scan('Application.xml')], signatures, findings);
  expect(report.engineerQuestions.map((q) => q.step)).toEqual(['error-code', 'reboot']);
  const withError = buildReport(
    ['Application.xml', 'WaAppAgent.log'].map(scan),
    signatures,
    findings,
  );
  expect(withError.engineerQuestions.map((q) => q.step)).toEqual(['reboot']);
});

test('Security-log 4689 events are summarised as not evidence; nothing found is said', () => {
  const report = buildReport([scan('Security.xml'), scan('Security.csv')], signatures, findings);
  expect(report.nothingFound).toBe(true);
  expect(report.linesScanned).toBeGreaterThan(0);
  expect(report.findings.every((f) => f.support === 'not-found')).toBe(true);
  expect(report.notEvidence).toEqual([
    expect.objectContaining({
      id: 'security-event-4689-process-exited',
      count: 4,
      seen: [
        { file: 'Security.xml', line: 3, count: 2 },
        { file: 'Security.csv', line: 2, count: 2 },
      ],
    }),
  ]);
});
