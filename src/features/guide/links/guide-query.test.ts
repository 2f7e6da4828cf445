import { expect, test } from 'vitest';
import { guideRegistry } from '../../../guides/guide-registry';
import { formatGuideQuery, maxQueryLength, parseGuideQuery } from './guide-query';

const guide = await guideRegistry.loadGuide('extension-failures');

test('answers round-trip through the query string, in step order, with the version', () => {
  const answers = {
    findings: 'event-4689,iaasvm-provider',
    'log-permission': 'granted',
    'collect-asc': 'report-ready',
    'error-code': 'extension-installation-failed-com',
  };
  const query = formatGuideQuery(guide, answers);
  expect(query).toBe(
    'log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&findings=event-4689,iaasvm-provider&v=1',
  );
  expect(parseGuideQuery(guide, `?${query}`)).toEqual({
    query: { answers, version: 1 },
    problems: [],
  });
});

test('the return step rides along while an answer is changed', () => {
  const query = formatGuideQuery(
    guide,
    { 'log-permission': 'granted' },
    { returnTo: 'collect-asc' },
  );
  expect(query).toBe('log-permission=granted&v=1&return=collect-asc');
  expect(parseGuideQuery(guide, query).query.returnTo).toBe('collect-asc');
});

test('an encoded comma in a multiple answer reads the same', () => {
  const { query, problems } = parseGuideQuery(guide, 'findings=event-4689%2Ciaasvm-provider');
  expect(problems).toEqual([]);
  expect(query.answers.findings).toBe('event-4689,iaasvm-provider');
});

test('unknown keys, invalid answers, repeats, bad versions and returns are reported', () => {
  const { problems } = parseGuideQuery(
    guide,
    'case=123&log-permission=maybe&collect-asc=report-ready&collect-asc=need-more&v=1.5&return=nowhere',
  );
  expect(problems).toEqual([
    { kind: 'unknown-key', key: 'case' },
    { kind: 'invalid-answer', stepId: 'log-permission' },
    { kind: 'repeated-key', key: 'collect-asc' },
    { kind: 'invalid-version' },
    { kind: 'invalid-return' },
  ]);
});

test('multiple answers refuse unknown values, repeats and "none" mixed with findings', () => {
  for (const bad of ['event-4689,bogus', 'event-4689,event-4689', 'none,event-4689', '']) {
    expect(parseGuideQuery(guide, `findings=${bad}`).problems, bad).toEqual([
      { kind: 'invalid-answer', stepId: 'findings' },
    ]);
  }
});

test('the start page takes no answer, and a huge query is refused unread', () => {
  expect(parseGuideQuery(guide, 'start=start').problems).toEqual([
    { kind: 'unknown-key', key: 'start' },
  ]);
  expect(parseGuideQuery(guide, 'x='.padEnd(maxQueryLength + 10, 'a')).problems).toEqual([
    { kind: 'too-long' },
  ]);
});
