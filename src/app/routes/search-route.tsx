import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../use-document-title';

const SearchResultsPage = lazy(() =>
  import('../../features/search/components/search-results-page').then((m) => ({
    default: m.SearchResultsPage,
  })),
);

/** `/search?q=…`: the results page, its code loaded when it is first opened. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const shown = query.trim().replace(/\s+/g, ' ');
  useDocumentTitle(
    shown
      ? `Search: ${[...shown].length > 60 ? `${[...shown].slice(0, 60).join('')}…` : shown}`
      : 'Search',
  );
  return (
    <Suspense fallback={<div aria-busy="true" className="min-h-[50vh]" />}>
      <SearchResultsPage query={query} />
    </Suspense>
  );
}
