import type { StepKind } from '../../machine/step-meta';
import { mergePostings, openSearchIndex, type StoredStep, type TermPostings } from './search-index';
import { parseQuery, type ParsedQuery } from './parse-query';
import { planSearch, rankSteps } from './search-query';
import { segmentsOf, type Segment } from '../../lib/marked-text';
import { highlightFor, markedRanges, snippetFor, type Snippet } from './search-snippet';

/**
 * The search as the results page uses it, loaded on the first search (its own chunk, with
 * MiniSearch): a query in, the steps it finds out, ready to show. It fetches the index's parts
 * that hold the query's terms, and the shown fields of the guides of the results on screen; each
 * file once. When a part cannot be fetched (offline), it searches the guides kept offline in this
 * browser instead, over their own postings (ranked among themselves), and says so.
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
  /** How many steps match. */
  total: number;
  /** The first `shown` of them, best first. */
  results: SearchResultView[];
  /** Set when only the guides kept offline were searched: how many, of how many. */
  offline?: { searched: number; guides: number };
}

export interface GuideSearch {
  /** Rejects when a file it needs cannot be fetched (offline); a later search tries again. */
  search(raw: string, shown: number): Promise<SearchOutcome>;
}

/** Fetches one of the index's files (a URL path the index names) and parses its JSON. */
export type FetchSearchFile = (file: string) => Promise<unknown>;

/**
 * The search over an index file (its parsed JSON) and the files it names; `keptGuides` says which
 * guides this browser keeps offline. Throws when the file is not one.
 */
export function createGuideSearch(
  file: unknown,
  fetchFile: FetchSearchFile,
  keptGuides: () => Promise<ReadonlySet<string>> = async () => new Set(),
): GuideSearch {
  const index = openSearchIndex(file);
  const files = new Map<string, Promise<unknown>>();
  const read = (name: string): Promise<unknown> => {
    let pending = files.get(name);
    if (!pending) {
      const inline = index.inline(name);
      pending = inline === undefined ? fetchFile(name) : Promise.resolve(inline);
      files.set(name, pending);
      pending.catch(() => files.delete(name));
    }
    return pending;
  };

  async function postingsOf(
    terms: readonly string[],
  ): Promise<{ postings: TermPostings[]; offline?: SearchOutcome['offline'] }> {
    const wanted = new Set(terms);
    const mine = (list: unknown) => (list as TermPostings[]).filter(([term]) => wanted.has(term));
    try {
      const parts = await Promise.all([...new Set(terms.map(index.partOf))].map(read));
      return { postings: parts.flatMap(mine) };
    } catch (error) {
      const files = [...(await keptGuides())].flatMap((id) => index.ownFile(id) ?? []);
      const lists = (await Promise.allSettled(files.map(read))).flatMap((file) =>
        file.status === 'fulfilled' ? [mine(file.value)] : [],
      );
      if (lists.length === 0) throw error;
      return {
        postings: mergePostings(lists),
        offline: { searched: lists.length, guides: index.guides },
      };
    }
  }

  async function shownOf(guideIds: readonly string[]): Promise<Map<string, StoredStep>> {
    const shown = new Map<string, StoredStep>();
    const found = await Promise.all(
      [...new Set(guideIds)].map((id) => {
        const name = index.shownFile(id);
        return name ? read(name) : {};
      }),
    );
    for (const steps of found) {
      for (const [id, step] of Object.entries(steps as Record<string, StoredStep>)) {
        shown.set(id, step);
      }
    }
    return shown;
  }

  return {
    async search(raw, shown) {
      const query = parseQuery(raw);
      if (query.tokens.length === 0) return { query, total: 0, results: [] };
      const { tree, terms } = planSearch(index, query);
      const { postings, offline } = await postingsOf(terms);
      const ranked = rankSteps(index.searchOver(postings), tree);
      const onScreen = ranked.slice(0, shown);
      const steps = await shownOf(onScreen.map((r) => r.guideId));
      const results = onScreen.flatMap((ranked) => {
        const step = steps.get(ranked.id);
        if (!step) return [];
        const hit = { ...ranked, ...step };
        const highlight = highlightFor(hit);
        return [
          {
            id: hit.id,
            href: hit.href,
            guideTitle: hit.guideTitle,
            kind: hit.kind,
            title: segmentsOf(hit.title, markedRanges(hit.title, highlight)),
            snippet: snippetFor(hit, highlight),
          },
        ];
      });
      return { query, total: ranked.length, results, ...(offline && { offline }) };
    },
  };
}
