import type { CaseSession } from './session-record';

/**
 * Finding a session by its case number or label as the engineer types: every word of the query
 * is in the case number or the label, ignoring case; spaces and dashes in a case number do not
 * count ("2601-1000" finds 26011000…).
 */

const compact = (text: string) => text.toLowerCase().replace(/[\s-]+/g, '');

export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesSearch(
  session: Pick<CaseSession, 'caseNumber' | 'label'>,
  words: readonly string[],
): boolean {
  if (words.length === 0) return true;
  const label = (session.label ?? '').toLowerCase();
  const caseNumber = compact(session.caseNumber ?? '');
  return words.every((word) => label.includes(word) || caseNumber.includes(compact(word)));
}
