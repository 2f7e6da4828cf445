import type { StepKind } from '../../machine/step-meta';
import { openSearchIndex } from './search-index';
import { parseQuery, type ParsedQuery } from './parse-query';
import { rankSteps } from './search-query';
import {
  highlightFor,
  markedRanges,
  segmentsOf,
  snippetFor,
  type Segment,
  type Snippet,
} from './search-snippet';

/**
 * The search as the results page uses it, loaded on the first search (its own chunk, with
 * MiniSearch): a query in, the steps it finds out, ready to show.
 */

export interface SearchResultView {
  id: string;
  href: string;
  guideTitle: string;
  kind: StepKind;
  /** The step's title, what matched marked. */
  title: Segment[];
  snippet?: Snippet;
}

export interface SearchOutcome {
  query: ParsedQuery;
  results: SearchResultView[];
}

export interface GuideSearch {
  search(raw: string): SearchOutcome;
}

/** The search over an index file (its parsed JSON). Throws when the file is not one. */
export function createGuideSearch(file: unknown): GuideSearch {
  const index = openSearchIndex(file);
  return {
    search(raw) {
      const query = parseQuery(raw);
      const results = rankSteps(index, query).map((hit) => {
        const highlight = highlightFor(hit);
        return {
          id: hit.id,
          href: hit.href,
          guideTitle: hit.guideTitle,
          kind: hit.kind,
          title: segmentsOf(hit.title, markedRanges(hit.title, highlight)),
          snippet: snippetFor(hit, highlight),
        };
      });
      return { query, results };
    },
  };
}
