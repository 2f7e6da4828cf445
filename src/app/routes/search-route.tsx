import { Suspense } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { retryableLazy } from '../../lib/retryable-lazy';
import { useDocumentTitle } from '../use-document-title';

// Loaded again by another navigation (a new location key) after a failure.
const SearchResultsPage = retryableLazy(
  () =>
    import('../../features/search/components/search-results-page').then((m) => m.SearchResultsPage),
  'the search page',
);

/** `/search?q=…`: the results page, its code loaded when it is first opened. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const { key } = useLocation();
  const query = params.get('q') ?? '';
  const shown = query.trim().replace(/\s+/g, ' ');
  useDocumentTitle(
    shown
      ? `Search: ${[...shown].length > 60 ? `${[...shown].slice(0, 60).join('')}…` : shown}`
      : 'Search',
  );
  return (
    <Suspense fallback={<div aria-busy="true" className="min-h-[50vh]" />}>
      <SearchResultsPage query={query} attempt={key} />
    </Suspense>
  );
}
