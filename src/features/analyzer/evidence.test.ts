import { expect, test } from 'vitest';
import { guideSignatures } from '../../guides/signature-source';
import { compileSignatures } from './compile-signatures';
import { evidenceId, evidenceNote, parseEvidence, toEvidence } from './evidence';
import { scanPastedText } from './scan-stream';
import { fixtureText } from './fixture-bytes.test-helper';

const signatures = (await guideSignatures.load('extension-failures'))!;
const scan = scanPastedText(
  'IaaSBcdrExtension0.log',
  fixtureText('IaaSBcdrExtension0.log'),
  compileSignatures(signatures),
);
const hit = scan.hits.find((h) => h.signatureId === 'install-provider-com-exception-0x80110401')!;
const signature = signatures.signatures.find((s) => s.id === hit.signatureId)!;

test('evidence is plain JSON: it survives storage as it was kept', () => {
  const evidence = toEvidence(hit, signature);
  expect(JSON.stringify(evidence)).not.toContain('undefined');
  expect(parseEvidence(JSON.parse(JSON.stringify(evidence)))).toEqual(evidence);
  expect(evidence).toMatchObject({
    file: 'IaaSBcdrExtension0.log',
    line: 4,
    certainty: 'evidence',
    supports: { step: 'findings', value: 'install-provider-com-exception' },
    time: { text: '2018-12-04T07:52:28.8611188Z', zone: 'utc' },
  });
  expect(evidenceId(evidence)).toBe(
    'log:install-provider-com-exception-0x80110401|IaaSBcdrExtension0.log|4',
  );
});

test('stored evidence that is not the analyzer’s, or broken, is not read as evidence', () => {
  expect(parseEvidence(null)).toBeUndefined();
  expect(parseEvidence('line')).toBeUndefined();
  expect(parseEvidence({ ...toEvidence(hit, signature), line: '4' })).toBeUndefined();
  expect(parseEvidence({ ...toEvidence(hit, signature), certainty: 'proof' })).toBeUndefined();
  // A match range outside the text is dropped, not trusted.
  const parsed = parseEvidence({ ...toEvidence(hit, signature), match: [[0, 99999], 'x'] });
  expect(parsed?.match).toEqual([]);
});

test('the case note shows what it supports, where it is, and the line', () => {
  expect(evidenceNote(toEvidence(hit, signature))).toEqual({
    label: 'Install provider failed … COMException (0x80110401) (evidence)',
    where: 'IaaSBcdrExtension0.log, line 4, 2018-12-04T07:52:28.8611188Z',
    text: expect.stringMatching(
      /^2018-12-04T07:52:28\.8611188Z \[Error\]: Install provider failed/,
    ),
    time: Date.UTC(2018, 11, 4, 7, 52, 28, 861),
  });
});
