import { useEffect, useEffectEvent, useState } from 'react';
import { classifyLoadFailure, pageProbe, type LoadFailureKind } from '../lib/load-failure';
import { reloadForUpdate, reloadPage } from '../lib/page-reload';
import { failureEpisodes, nextRetryDelay, retryDelaysMs } from '../lib/retry-backoff';
import { secondaryButton } from './button-classes';

export interface LoadFailureNoticeProps {
  /** The failure (a `LoadError`), a new one after each failed retry. */
  error: unknown;
  /** What could not be loaded, as a sentence's subject: `The next step, “Method 1…”,`. */
  what: string;
  /** Names the run of failures, so its retries are counted across re-renders and remounts. */
  episode: string;
  /** Starts a new attempt; the parent shows the result (a new `error`, or what was loaded). */
  onRetry: () => void;
  /** Whether an attempt is under way. */
  retrying?: boolean;
  /**
   * A new version was deployed: load it, saving what is pending first. Returns `false` when that
   * would reload again too soon (see `reloadForUpdate`). By default the page reloads as it is.
   */
  onUpdated?: () => boolean;
  /** The Reload button's action, when the automatic reload was refused. */
  onReload?: () => void;
  /** What is kept meanwhile, said under the message. */
  reassurance?: string;
}

/**
 * Says that something the screen needs (a step's page, the guide's code) could not be loaded,
 * and why as far as one request can tell (offline, a new version deployed, or the server), and
 * what happens next: it is tried again by itself a few times (`retryDelaysMs`) and when the
 * connection comes back, and Retry tries at once. After a redeploy the page reloads to the new
 * version, saving what was typed first. Nothing here changes the URL.
 */
export function LoadFailureNotice({
  error,
  what,
  episode,
  onRetry,
  retrying = false,
  onUpdated = () => reloadForUpdate(),
  onReload = () => reloadPage(),
  reassurance = 'You are still on this page, and nothing you entered is lost.',
}: LoadFailureNoticeProps) {
  const [state, setState] = useState<{ kind?: LoadFailureKind; exhausted?: boolean }>({});
  const [reloadRefused, setReloadRefused] = useState(false);
  const retry = useEffectEvent(() => onRetry());
  const updated = useEffectEvent(() => onUpdated());

  useEffect(() => {
    const failure = failureEpisodes.failed(episode, error);
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const known: Promise<LoadFailureKind> =
      failure.kind && !failure.recheck
        ? Promise.resolve(failure.kind)
        : classifyLoadFailure(error, pageProbe());
    void known.then((kind) => {
      if (!live) return;
      failure.kind = kind;
      failure.recheck = false;
      const delay = nextRetryDelay(failure);
      setState({ kind, exhausted: delay === undefined });
      if (kind === 'updated') {
        if (!updated()) setReloadRefused(true);
        return;
      }
      if (delay !== undefined && navigator.onLine) timer = setTimeout(retry, delay);
    });
    const reconnected = () => {
      failure.recheck = true;
      retry();
    };
    window.addEventListener('online', reconnected);
    return () => {
      live = false;
      clearTimeout(timer);
      window.removeEventListener('online', reconnected);
    };
  }, [error, episode]);

  const { kind, exhausted } = state;
  let message: string;
  if (kind === 'updated') {
    message = reloadRefused
      ? `${what} could not be loaded: a new version of this app was deployed since this page was opened. Reload to get it; your notes are saved first.`
      : `${what} could not be loaded: a new version of this app was deployed since this page was opened. Reloading to it; your notes are saved first.`;
  } else if (kind === 'offline') {
    message = `${what} could not be loaded: this browser seems to be offline. It is tried again when the connection is back.`;
  } else if (kind === 'unavailable' && exhausted) {
    message = `${what} could still not be loaded after ${retryDelaysMs.length + 1} tries. Check the connection, then try again.`;
  } else {
    message = `${what} could not be loaded. It is tried again in a moment.`;
  }

  return (
    <div
      role="alert"
      className="no-print mt-6 rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3 dark:border-amber-300 dark:bg-amber-950/50"
    >
      <p>{message}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{reassurance}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {kind === 'updated' ? (
          <button type="button" className={secondaryButton} onClick={onReload}>
            Reload
          </button>
        ) : (
          <button
            type="button"
            className={secondaryButton}
            aria-disabled={retrying}
            onClick={() => {
              if (retrying) return;
              failureEpisodes.recheck(episode);
              onRetry();
            }}
          >
            {retrying ? 'Trying again…' : 'Retry'}
          </button>
        )}
      </div>
    </div>
  );
}
