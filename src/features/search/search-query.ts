import type MiniSearch from 'minisearch';
import type { Query, SearchResult } from 'minisearch';
import type { StepKind } from '../../machine/step-meta';
import type { SearchDocument } from './search-document';
import { fieldBoosts, type OpenSearchIndex, type StoredStep } from './search-index';
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

/** A step the search found: its id (`<guide id>/<step id>`), its kind and how it matched. */
export interface RankedStep {
  id: string;
  guideId: string;
  kind: StepKind;
  score: number;
  /** The index's terms that matched, each with the fields it matched in. */
  match: Readonly<Record<string, readonly string[]>>;
}

/** A ranked step with what it shows (its guide's shown fields). */
export type SearchHit = RankedStep & StoredStep;

/**
 * Results scoring under this share of the best one are left out: they match only a common word
 * of a long query (a pasted log line's "more", "one").
 */
export const minRelativeScore = 0.03;

/** MiniSearch's cap on edits, as the search passes it (`maxFuzzy`). */
const maxFuzzy = 2;

type Leaf = { term: string; prefix: boolean; fuzzy: number | false };

function tokenQuery(index: OpenSearchIndex, token: TextToken): Leaf[] | Leaf {
  // A code the index does not know as a whole: all of its parts, exactly.
  if (token.parts.length > 1 && !index.has(token.term)) {
    return token.parts.map((p) => ({ term: p.term, prefix: false, fuzzy: false }));
  }
  const word = !token.code;
  return {
    term: token.term,
    prefix: word && token.term.length >= 3,
    fuzzy: word && token.term.length >= 5 ? 0.2 : false,
  };
}

/** The search of a parsed query: its query tree, and the index's terms it can match. */
export function planSearch(
  index: OpenSearchIndex,
  query: ParsedQuery,
): { tree: Query; terms: string[] } {
  const tokens = query.tokens.map((t) => tokenQuery(index, t));
  const terms = new Set<string>();
  for (const leaf of tokens.flat()) {
    if (index.has(leaf.term)) terms.add(leaf.term);
    if (leaf.prefix) for (const term of index.withPrefix(leaf.term)) terms.add(term);
    if (leaf.fuzzy) {
      // As MiniSearch reckons the edits a fuzzy term may take.
      const distance = Math.min(maxFuzzy, Math.round(leaf.term.length * leaf.fuzzy));
      if (distance) for (const term of index.near(leaf.term, distance)) terms.add(term);
    }
  }
  const spec = ({ term, prefix, fuzzy }: Leaf): Query => ({ queries: [term], prefix, fuzzy });
  const tree: Query = {
    combineWith: 'OR',
    queries: tokens.map((t) =>
      Array.isArray(t) ? { combineWith: 'AND', queries: t.map(spec) } : spec(t),
    ),
  };
  return { tree, terms: [...terms] };
}

/** The steps a query tree finds over an index holding (at least) its terms' postings, best first. */
export function rankSteps(index: MiniSearch<SearchDocument>, tree: Query): RankedStep[] {
  const results: SearchResult[] = index.search(tree, {
    // The query tree holds terms already in their searched form.
    tokenize: (term) => [term],
    processTerm: (term) => term,
    boost: { ...fieldBoosts },
    maxFuzzy,
    boostDocument: (_id, _term, stored) => kindBoost[(stored as { kind: StepKind }).kind] ?? 1,
  });
  const best = results[0]?.score ?? 0;
  return results
    .filter((r) => r.score >= best * minRelativeScore)
    .map((r) => {
      const id = String(r.id);
      return {
        id,
        guideId: id.slice(0, id.indexOf('/')),
        kind: (r as unknown as { kind: StepKind }).kind,
        score: r.score,
        match: r.match,
      };
    });
}
