import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import type { CaseSession } from '../session-record';
import { matchesSearch, searchWords } from '../session-search';
import { SessionItems } from './session-items';
import { exportSessions } from './export-sessions';

/** How many sessions the home page shows at first, and how many more each "Show more" adds. */
const sessionPageSize = 20;

const count = (n: number) => n.toLocaleString('en-US');
const sessionsWord = (n: number) => (n === 1 ? 'session' : 'sessions');

/** What the list shows, in words (a polite live region: said as the engineer types). */
function showingText(shown: number, found: number, total: number, query: string): string {
  if (query.trim() === '') {
    return `Showing ${count(shown)} of ${count(total)} ${sessionsWord(total)}.`;
  }
  if (found === 0) return `No session matches “${query.trim()}”.`;
  return `Showing ${count(shown)} of ${count(found)} ${sessionsWord(found)} matching “${query.trim()}”.`;
}

/**
 * Every session (the home page): found by case number or label as the engineer types, newest
 * first, a page at a time. Only the sessions shown are rendered (a year of cases is a thousand).
 */
export function AllSessions({
  sessions,
  showGuide,
  onMessage,
}: {
  sessions: readonly CaseSession[];
  showGuide: boolean;
  onMessage: (message: string | null) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(sessionPageSize);
  /** The first item "Show more" added: it takes the focus. */
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const focusRef = useRef<HTMLLIElement>(null);

  const found = useMemo(() => {
    const words = searchWords(query);
    return words.length === 0 ? sessions : sessions.filter((s) => matchesSearch(s, words));
  }, [sessions, query]);
  const visible = found.slice(0, shown);
  const more = Math.min(sessionPageSize, found.length - visible.length);

  useEffect(() => {
    if (focusIndex !== null) focusRef.current?.focus();
  }, [focusIndex]);

  return (
    <>
      <div className="mb-3">
        <label htmlFor={`${id}-search`} className="block font-semibold">
          Find a session by case number or label
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby={`${id}-showing`}
          onChange={(e) => {
            setQuery(e.target.value);
            setShown(sessionPageSize);
            setFocusIndex(null);
          }}
          className="mt-1 w-full max-w-md rounded border-2 border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900"
        />
      </div>
      <p id={`${id}-showing`} role="status" className="mb-3 text-slate-700 dark:text-slate-300">
        {showingText(visible.length, found.length, sessions.length, query)}
      </p>
      {visible.length > 0 ? (
        <SessionItems
          sessions={visible}
          showGuide={showGuide}
          onMessage={onMessage}
          onExport={(s) => exportSessions([s])}
          focusTarget={focusIndex === null ? undefined : { index: focusIndex, ref: focusRef }}
        />
      ) : null}
      {more > 0 ? (
        <button
          type="button"
          className={`${secondaryButton} mt-4`}
          onClick={() => {
            setFocusIndex(visible.length);
            setShown(visible.length + sessionPageSize);
          }}
        >
          Show {count(more)} more
          <span className="sr-only"> of {count(found.length - visible.length)} not shown</span>
        </button>
      ) : null}
    </>
  );
}
