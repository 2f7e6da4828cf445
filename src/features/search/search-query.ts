import type MiniSearch from 'minisearch';
import type { Query, SearchResult } from 'minisearch';
import type { StepKind } from '../../machine/step-meta';
import type { SearchDocument } from './search-document';
import { fieldBoosts, type StoredStep } from './search-index';
import type { ParsedQuery } from './parse-query';
import type { TextToken } from './search-tokens';

/**
 * The steps a search finds, best first.
 *
 * Ranking (MiniSearch's BM25, tuned here):
 * - Each token of the query is searched on its own and the results are combined with OR; a step
 *   that matches more of the query's tokens scores higher (MiniSearch multiplies by their number).
 * - A code (`0x80110401`, `4689`, `msvcr120.dll`, `IsProviderInstalled`) must match exactly; a
 *   word also matches as a prefix (`regedi` → regedit) or with one typo (`desktopp`).
 * - A code the index does not know as a whole is searched by its parts, all of them required
 *   (`Microsoft.Azure` → microsoft AND azure).
 * - A match in the title counts most, then in the short title, then in the codes the page
 *   states, then the page's text and answer options; other names (search terms) count least.
 * - A cause (what to do about an error) outranks a question that mentions the same error; the
 *   start page, which restates the guide's errors, comes last among equals.
 * - Results far below the best one (`minRelativeScore`) are left out.
 */

const kindBoost: Record<StepKind, number> = {
  cause: 2,
  question: 1,
  instruction: 1,
  end: 1,
  start: 0.8,
};

export interface SearchHit extends StoredStep {
  id: string;
  score: number;
  /** The index's terms that matched, each with the fields it matched in. */
  match: Readonly<Record<string, readonly string[]>>;
}

/**
 * Results scoring under this share of the best one are left out: they match only a common word
 * of a long query (a pasted log line's "more", "one").
 */
export const minRelativeScore = 0.03;

/** A term the index has, in any field. */
function known(index: MiniSearch<SearchDocument>, term: string): boolean {
  return (
    index.search(term, { tokenize: (t) => [t], processTerm: (t) => t, prefix: false, fuzzy: false })
      .length > 0
  );
}

function tokenQuery(index: MiniSearch<SearchDocument>, token: TextToken): Query {
  if (token.parts.length > 1 && !known(index, token.term)) {
    return {
      combineWith: 'AND',
      prefix: false,
      fuzzy: false,
      queries: token.parts.map((p) => p.term),
    };
  }
  const word = !token.code;
  return {
    queries: [token.term],
    prefix: word && token.term.length >= 3,
    fuzzy: word && token.term.length >= 5 ? 0.2 : false,
  };
}

/** The steps a parsed query finds, best first. */
export function rankSteps(index: MiniSearch<SearchDocument>, query: ParsedQuery): SearchHit[] {
  if (query.tokens.length === 0) return [];
  const results: SearchResult[] = index.search(
    { combineWith: 'OR', queries: query.tokens.map((t) => tokenQuery(index, t)) },
    {
      // The query tree holds terms already in their searched form.
      tokenize: (term) => [term],
      processTerm: (term) => term,
      boost: { ...fieldBoosts },
      maxFuzzy: 2,
      boostDocument: (_id, _term, stored) => kindBoost[(stored as StoredStep).kind] ?? 1,
    },
  );
  const best = results[0]?.score ?? 0;
  return results
    .filter((r) => r.score >= best * minRelativeScore)
    .map((r) => ({
      ...(r as unknown as StoredStep),
      id: String(r.id),
      score: r.score,
      match: r.match,
    }));
}
