import { expect, test } from 'vitest';
import { guideSignatures } from '../../guides/signature-source';
import {
  anchorExpressions,
  compileSignatures,
  findAnchors,
  matchRuleText,
  mergeRanges,
} from './compile-signatures';
import type { GuideSignatures } from '../../machine/guide-signatures';

/** This TSG's signatures (`content/extension-failures/signatures.yml`), found as the app finds them. */
const signatures = (await guideSignatures.load('extension-failures'))!;

const one = (match: GuideSignatures['signatures'][number]['match']): GuideSignatures => ({
  step: 's',
  signatures: [
    {
      id: 'a',
      label: 'a',
      supports: { step: 's', value: 'v' },
      certainty: 'evidence',
      sources: ['other-text'],
      match,
    },
  ],
  notEvidence: [],
  engineerQuestions: [],
});

test('strings match whatever their case; regular expressions as written', () => {
  const [rule] = compileSignatures(
    one({ allOf: ['install provider failed', /0x8011[0-9]+/] }),
  ).rules;
  expect(matchRuleText(rule!, 'x Install Provider Failed (0x80110401)')).toEqual([
    [2, 25],
    [27, 37],
  ]);
  expect(matchRuleText(rule!, 'Install provider failed')).toBeNull();
});

test('anyOf needs one; noneOf excludes', () => {
  const [rule] = compileSignatures(
    one({ allOf: ['provider'], anyOf: ['failed', 'error'], noneOf: ['ignore me'] }),
  ).rules;
  expect(matchRuleText(rule!, 'provider error')).not.toBeNull();
  expect(matchRuleText(rule!, 'provider ok')).toBeNull();
  expect(matchRuleText(rule!, 'provider error, ignore me')).toBeNull();
});

test('the anchors of every rule find every line a rule matches', () => {
  const { rules } = compileSignatures(signatures);
  const anchors = anchorExpressions(rules);
  const lines = [
    '2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401):',
    'Error: IaaSVmProvider state is not as expected',
    'ExtensionSnapshotFailedCOM',
    'The run-time environment has detected an inconsistency in its internal state. Error Code = 0x8000ffff : Catastrophic failure',
  ];
  for (const line of lines) {
    const matched = rules.filter((r) => r.eventId === undefined && matchRuleText(r, line));
    expect(matched.length).toBeGreaterThan(0);
    expect(findAnchors(line, anchors).length).toBeGreaterThan(0);
  }
  expect(findAnchors('nothing to see here at all', anchors)).toEqual([]);
});

test('long literal anchors share unions; an id-only event anchor gets its own expression', () => {
  const expressions = anchorExpressions(compileSignatures(signatures).rules);
  expect(expressions.some((re) => re.source === '4689')).toBe(true);
  expect(expressions.length).toBeLessThanOrEqual(4);
});

test('ids must be unique and plain', () => {
  const guide = one({ allOf: ['x'] });
  expect(() =>
    compileSignatures({ ...guide, signatures: [...guide.signatures, ...guide.signatures] }),
  ).toThrow(/Two signatures/);
  expect(() =>
    compileSignatures({ ...guide, signatures: [{ ...guide.signatures[0]!, id: 'Bad Id' }] }),
  ).toThrow(/not \[a-z0-9-\]/);
});

test('overlapping ranges merge', () => {
  expect(
    mergeRanges([
      [5, 9],
      [0, 3],
      [2, 4],
      [9, 10],
    ]),
  ).toEqual([
    [0, 4],
    [5, 10],
  ]);
});
