import { useEffect, useState } from 'react';
import { loadGuideSearch } from '../load-search';
import type { SearchOutcome } from '../search-engine';

export type SearchState =
  | { status: 'loading' }
  | { status: 'ready'; outcome: SearchOutcome }
  | { status: 'failed'; message: string };

/**
 * A query's first `shown` results: the search (loaded when first needed) and the files it reads
 * fetched, then searched. While more results of the same query load, the ones shown stay.
 * `retry` tries again after a failure.
 */
export function useGuideSearch(
  query: string,
  needed: boolean,
  shown: number,
): { state: SearchState; retry: () => void } {
  const [found, setFound] = useState<{ query: string; outcome: SearchOutcome }>();
  const [failure, setFailure] = useState<{ key: string; message: string }>();
  const [attempt, setAttempt] = useState(0);
  // A failure is of one query, number shown and attempt.
  const key = JSON.stringify([query, shown, attempt]);

  useEffect(() => {
    if (!needed) return;
    let live = true;
    loadGuideSearch()
      .then((search) => search.search(query, shown))
      .then(
        (outcome) => live && setFound({ query, outcome }),
        (error: unknown) =>
          live &&
          setFailure({ key, message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [query, needed, shown, key]);

  let state: SearchState;
  if (failure?.key === key) state = { status: 'failed', message: failure.message };
  else if (found?.query === query) state = { status: 'ready', outcome: found.outcome };
  else state = { status: 'loading' };
  return { state, retry: () => setAttempt(attempt + 1) };
}
