import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { Link, useLocation } from 'react-router';
import { secondaryButton } from '../../../components/button-classes';
import { guideRegistry } from '../../../guides/guide-registry';
import type { StepKind } from '../../../machine/step-meta';
import { searchHref } from '../search-href';
import { maxQueryLength, maxQueryTokens, parseQuery } from '../parse-query';
import type { SearchResultView } from '../search-engine';
import { HighlightedText } from '../../../components/highlighted-text';
import { useGuideSearch } from './use-guide-search';
import { plural } from '../../../lib/plural';
import { linkClass } from '../../../components/link-classes';

const kindLabels: Record<StepKind, string> = {
  start: 'Start of the guide',
  question: 'Question',
  instruction: 'Instruction',
  cause: 'Cause and remediation',
  end: 'Outcome',
};

/** The query as the page repeats it: one line, and not endless. */
function quoted(text: string): string {
  const shown = [...text].length > 80 ? `${[...text].slice(0, 80).join('')}…` : text;
  return `“${shown}”`;
}

/**
 * Searches that find something: the errors the guides cover, as their cards name them (loaded
 * with the page; none while they load, or when they cannot be), and the way to every guide.
 */
function Examples() {
  const [cards, setCards] = useState(guideRegistry.loadedCards);
  useEffect(() => {
    let live = true;
    guideRegistry.loadCards().then(
      (loaded) => live && setCards(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const examples = [...new Set((cards ?? []).flatMap((card) => card.errors))].slice(0, 6);
  return (
    <>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {examples.map((query) => (
          <li key={query}>
            <Link to={searchHref(query)} className={linkClass}>
              <code className="font-mono break-all">{query}</code>
            </Link>
          </li>
        ))}
      </ul>
      <p className="pt-2">
        Or{' '}
        <Link to="/" className={linkClass}>
          browse the guides
        </Link>
        .
      </p>
    </>
  );
}

const moreLabel = (n: number) => `Show ${n} more ${n === 1 ? 'result' : 'results'}`;

/** How many results the page shows at first, and how many more each "Show more" adds. */
const resultPageSize = 10;

function ResultItem({
  result,
  linkRef,
}: {
  result: SearchResultView;
  linkRef?: Ref<HTMLAnchorElement>;
}) {
  return (
    <li className="py-4">
      <h2 className="text-xl leading-snug font-bold break-words">
        <Link ref={linkRef} to={result.href} className={linkClass}>
          <HighlightedText segments={result.title} />
        </Link>
      </h2>
      <p className="mt-0.5 text-sm text-slate-700 dark:text-slate-300">
        {kindLabels[result.kind]} · {result.guideTitle}
      </p>
      {result.snippet ? (
        <p className="mt-1.5 [overflow-wrap:anywhere]">
          {result.snippet.source === 'answers' ? (
            <span className="text-slate-700 dark:text-slate-300">Answer option: </span>
          ) : null}
          <HighlightedText segments={result.snippet.segments} />
        </p>
      ) : null}
    </li>
  );
}

/**
 * The results page (`/search?q=…`): the steps the query finds, best first, each linking to the
 * step's reference view, with where it matched. The search is loaded here, on the first search.
 */
export function SearchResultsPage({ query }: { query: string }) {
  const parsed = useMemo(() => parseQuery(query), [query]);
  const searchable = parsed.tokens.length > 0;
  // A new query starts again from its first results.
  // The first result "Show more" added (`focus`): its link takes the focus.
  const [paging, setPaging] = useState<{ query: string; shown: number; focus?: number }>({
    query,
    shown: resultPageSize,
  });
  const { shown, focus } = paging.query === query ? paging : { shown: resultPageSize, focus: -1 };
  const { state: load, retry } = useGuideSearch(query, searchable, shown);
  const outcome = searchable && load.status === 'ready' ? load.outcome : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const settled = !searchable || load.status !== 'loading';
  const focusRef = useRef<HTMLAnchorElement>(null);
  const results = outcome?.results ?? [];
  useEffect(() => {
    focusRef.current?.focus();
  }, [focus, results.length]);

  // After a search (not on a page opened from a link), focus moves to the results' heading.
  useEffect(() => {
    if (settled && key !== 'default') headingRef.current?.focus();
  }, [settled, key]);

  let status: string;
  if (!parsed.text) status = 'Type something to search for.';
  else if (!searchable) status = `${quoted(parsed.text)} has nothing to search for.`;
  else if (load.status === 'loading') status = 'Searching…';
  else if (load.status === 'failed') status = 'The search could not be loaded.';
  else {
    const n = outcome?.total ?? 0;
    status =
      n === 0
        ? `No step matches ${quoted(parsed.text)}.`
        : `${n.toLocaleString('en')} ${n === 1 ? 'step matches' : 'steps match'} ${quoted(parsed.text)}.`;
  }

  return (
    // Busy while the index loads: the results are on their way.
    <div className="max-w-3xl" aria-busy={!settled}>
      <h1
        ref={headingRef}
        tabIndex={-1}
        className="mb-2 text-3xl leading-tight font-bold break-words sm:text-4xl"
      >
        {searchable ? `Search results for ${quoted(parsed.text)}` : 'Search the guides'}
      </h1>
      <p role="status" className="mb-4 text-lg break-words">
        {status}
      </p>

      {parsed.shortened ? (
        <p role="note" className="mb-4 rounded-md bg-slate-100 px-4 py-2 dark:bg-slate-800">
          Your search was long: only its first {maxQueryLength.toLocaleString('en')} characters and{' '}
          {maxQueryTokens} words were searched.
        </p>
      ) : null}

      {!searchable ? (
        <div className="space-y-2">
          <p>
            Search by an error name or code (an HRESULT, with or without its 0x), an event id, a
            file name, a registry key or value, a command, or words from a step. The errors the
            guides cover:
          </p>
          <Examples />
        </div>
      ) : null}

      {outcome?.offline ? (
        <p role="note" className="mb-4 rounded-md bg-slate-100 px-4 py-2 dark:bg-slate-800">
          Searched offline: only the {plural(outcome.offline.searched, 'guide')} kept in this
          browser, not the other{' '}
          {plural(outcome.offline.guides - outcome.offline.searched, 'guide')} of the library.
          Search again once online to search every guide.
        </p>
      ) : null}

      {searchable && load.status === 'loading' ? (
        <div
          aria-hidden="true"
          className="h-40 animate-pulse rounded-md bg-slate-100 dark:bg-slate-800"
        />
      ) : null}

      {searchable && load.status === 'failed' ? (
        <div className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 dark:border-red-400 dark:bg-red-950/50">
          <p className="font-semibold">
            The search index could not be downloaded. Check your connection, then try again.
          </p>
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">Details: {load.message}</p>
          <button
            type="button"
            onClick={retry}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
          >
            Try again
          </button>
        </div>
      ) : null}

      {outcome && outcome.total === 0 ? (
        <div className="space-y-2">
          <p>
            Try the code alone rather than the whole log line, a file or registry name, fewer words,
            or another spelling. The errors the guides cover:
          </p>
          <Examples />
        </div>
      ) : null}

      {results.length > 0 ? (
        <ol className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {results.map((result, index) => (
            <ResultItem
              key={result.id}
              result={result}
              linkRef={index === focus ? focusRef : undefined}
            />
          ))}
        </ol>
      ) : null}
      {outcome && outcome.total > results.length ? (
        <button
          type="button"
          className={`mt-4 ${secondaryButton}`}
          disabled={shown > results.length}
          onClick={() => setPaging({ query, shown: shown + resultPageSize, focus: results.length })}
        >
          {moreLabel(Math.min(resultPageSize, outcome.total - results.length))}
        </button>
      ) : null}
    </div>
  );
}
