import { expect, test } from 'vitest';
import { matchesSearch, searchWords } from './session-search';

const session = { caseNumber: '2601100010000123', label: 'Contoso backup vault' };

test('a case number is found by any part of it, with or without spaces and dashes', () => {
  expect(matchesSearch(session, searchWords('2601100010000123'))).toBe(true);
  expect(matchesSearch(session, searchWords('0000123'))).toBe(true);
  expect(matchesSearch(session, searchWords('2601-1000'))).toBe(true);
  expect(matchesSearch(session, searchWords('2601100010000124'))).toBe(false);
});

test('every word must be in the case number or the label, in any case', () => {
  expect(matchesSearch(session, searchWords('contoso VAULT'))).toBe(true);
  expect(matchesSearch(session, searchWords('contoso 0123'))).toBe(true);
  expect(matchesSearch(session, searchWords('contoso fabrikam'))).toBe(false);
  expect(matchesSearch({}, searchWords('contoso'))).toBe(false);
});

test('an empty query finds every session', () => {
  expect(searchWords('   ')).toEqual([]);
  expect(matchesSearch({}, [])).toBe(true);
});
