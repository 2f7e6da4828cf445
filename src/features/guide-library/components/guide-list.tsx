import { useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import { Link } from 'react-router';
import { secondaryButton } from '../../../components/button-classes';
import type { GuideCard as Card } from '../../../guides/guide-bundle';
import { guideWords } from '../../../machine/guide-definition';
import { guideMatches } from '../guide-filter';
import { browserStorage, readRecentGuides, recentFirst } from '../recent-guides';
import { linkLook } from '../../../components/link-classes';

/** How many guides the home page shows at first, and how many more each "Show more" adds. */
const guidePageSize = 12;

/**
 * Every guide of the build as a card, the guides opened last first, a page at a time (a library
 * is hundreds); with more than one guide, a filter by title, service or error code as the
 * engineer types, which says how many it shows.
 */
export function GuideList({
  guides,
  keptOffline,
}: {
  guides: readonly { manifest: Card }[];
  /** The ids of the guides this browser keeps offline. */
  keptOffline: ReadonlySet<string>;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(guidePageSize);
  /** The first card "Show more" added: its link takes the focus. */
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const focusRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focusIndex !== null) focusRef.current?.focus();
  }, [focusIndex]);
  const [recent] = useState(() => {
    const storage = browserStorage();
    return storage ? readRecentGuides(storage) : [];
  });
  const ordered = useMemo(() => recentFirst(guides, recent), [guides, recent]);
  const found = ordered.filter(({ manifest }) => guideMatches(manifest, query));
  const shown = found.slice(0, limit);
  const more = Math.min(guidePageSize, found.length - shown.length);
  const filterable = guides.length > 1;
  const filtered = query.trim() !== '';

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="sr-only">
        Guides
      </h2>
      {filterable ? (
        <div className="mb-5 max-w-md">
          <label htmlFor={`${id}-filter`} className="mb-1 block font-semibold">
            Find a guide
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setLimit(guidePageSize);
              setFocusIndex(null);
            }}
            aria-describedby={`${id}-hint ${id}-count`}
            autoComplete="off"
            className="w-full rounded border-2 border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900"
          />
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            By title, service or error code. Guides you opened last come first.
          </p>
          <p
            id={`${id}-count`}
            role="status"
            className="mt-1 text-sm text-slate-700 dark:text-slate-300"
          >
            {filtered
              ? `${found.length} of ${guides.length} guides match`
              : `${guides.length} guides`}
            {shown.length < found.length ? `, ${shown.length} shown` : ''}
          </p>
        </div>
      ) : null}
      {shown.length === 0 ? (
        <p className="mb-4">
          No guide matches “{query.trim()}”.{' '}
          <button type="button" className={secondaryButton} onClick={() => setQuery('')}>
            Show every guide
          </button>
        </p>
      ) : (
        <>
          <ul className="space-y-4">
            {shown.map(({ manifest }, index) => (
              <GuideCard
                key={manifest.id}
                manifest={manifest}
                keptOffline={keptOffline.has(manifest.id)}
                linkRef={index === focusIndex ? focusRef : undefined}
              />
            ))}
          </ul>
          {more > 0 ? (
            <button
              type="button"
              className={`mt-4 ${secondaryButton}`}
              onClick={() => {
                setFocusIndex(shown.length);
                setLimit(limit + guidePageSize);
              }}
            >
              Show {more} more {more === 1 ? 'guide' : 'guides'}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function GuideCard({
  manifest,
  keptOffline,
  linkRef,
}: {
  manifest: Card;
  keptOffline: boolean;
  linkRef?: Ref<HTMLAnchorElement>;
}) {
  return (
    <li className="rounded-lg border-2 border-slate-300 p-5 dark:border-slate-600">
      <h3 className="mb-2 text-xl font-bold">
        <Link ref={linkRef} to={manifest.basePath} className={linkLook}>
          {manifest.title}
        </Link>
      </h3>
      {manifest.service ? (
        <p className="mb-1 text-sm font-semibold text-slate-700 dark:text-slate-300">
          {manifest.service}
        </p>
      ) : null}
      <p className="mb-2">{manifest.summary}</p>
      <p className="mb-1">{guideWords(manifest).errors}</p>
      <ul className="list-disc pl-6">
        {manifest.errors.map((e) => (
          <li key={e}>
            <code className="font-mono text-[0.95em] break-all">{e}</code>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        TSG article id <code className="break-all">{manifest.articleId}</code> · guide version{' '}
        {manifest.version}
        {keptOffline ? ' · available offline in this browser' : ''}
      </p>
    </li>
  );
}
