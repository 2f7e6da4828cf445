import { useEffect, useState } from 'react';
import { loadedGuideSearch, loadGuideSearch } from '../load-search';
import type { GuideSearch } from '../search-engine';

export type SearchLoad =
  | { status: 'loading' }
  | { status: 'ready'; search: GuideSearch }
  | { status: 'failed'; message: string };

/** The search, loaded when first needed; `retry` tries again after a failure. */
export function useGuideSearch(needed: boolean): { load: SearchLoad; retry: () => void } {
  const [load, setLoad] = useState<SearchLoad>(() => {
    const search = loadedGuideSearch();
    return search ? { status: 'ready', search } : { status: 'loading' };
  });

  useEffect(() => {
    if (!needed || load.status !== 'loading') return;
    let live = true;
    loadGuideSearch().then(
      (search) => live && setLoad({ status: 'ready', search }),
      (error: unknown) =>
        live &&
        setLoad({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [needed, load.status]);

  return { load, retry: () => setLoad({ status: 'loading' }) };
}
