import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { LoadFailureNotice } from '../../components/load-failure-notice';
import { failureEpisodes } from '../../lib/retry-backoff';
import { loadLocation } from '../load-location';
import { useDocumentTitle } from '../use-document-title';
import { linkClass } from '../../components/link-classes';

/**
 * A screen whose code or content could not be loaded, at its own URL (opened from a link, Back
 * or Forward): it says so, and offers Retry, which loads what the URL needs and then shows it; it
 * is also tried again by itself a few times, and when the connection comes back (see
 * `LoadFailureNotice`).
 */
export function LoadFailureScreen({ error }: { error: unknown }) {
  const { pathname, search, hash, state } = useLocation();
  const navigate = useNavigate();
  const [attempt, setAttempt] = useState({ error, count: 0, retrying: false });
  const episode = `${pathname}${search}`;
  useDocumentTitle('This page could not be loaded');

  const retry = () => {
    const count = attempt.count + 1;
    setAttempt((a) => ({ ...a, count, retrying: true }));
    loadLocation(pathname, search, `retry:${episode}:${count}`).then(
      () => {
        failureEpisodes.ended(episode);
        // Shown again, now that it can render: the same URL, no new history entry.
        void navigate({ pathname, search, hash }, { replace: true, state });
      },
      (next: unknown) => setAttempt({ error: next, count, retrying: false }),
    );
  };

  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">This page could not be loaded</h1>
      <p>
        The app could not fetch what this page needs. Your answers are in the address and your notes
        are saved, so nothing is lost.
      </p>
      <LoadFailureNotice
        error={attempt.error}
        what="This page"
        episode={episode}
        retrying={attempt.retrying}
        onRetry={retry}
        reassurance="It opens here as soon as it can be loaded."
      />
      <p className="mt-6">
        <Link to="/" className={linkClass}>
          Go to the list of guides
        </Link>
      </p>
    </div>
  );
}
