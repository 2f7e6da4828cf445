import { useCallback, useEffect, useState } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import { whenQuiet } from '../../../lib/when-quiet';
import { keepGuideOffline, type KeptGuide } from '../guide-offline';
import { serviceWorkersAvailable } from '../service-worker';

type Status =
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'kept'; kept: KeptGuide }
  | { kind: 'failed'; reason: string };

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * Says whether the open guide works offline in this browser, and makes it so: once the engineer
 * pauses, the service worker is asked to keep the guide's pages and chunks (ADR 008). Nothing
 * where no service worker can run (a development server, a browser that blocks them).
 */
export function GuideOfflineStatus({ guideId, title }: { guideId: string; title: string }) {
  const [status, setStatus] = useState<Status>({ kind: 'waiting' });
  const keep = useCallback(() => {
    let live = true;
    keepGuideOffline(guideId, () => live && setStatus({ kind: 'saving' })).then(
      (kept) => live && setStatus(kept ? { kind: 'kept', kept } : { kind: 'waiting' }),
      (error: unknown) =>
        live &&
        setStatus({
          kind: 'failed',
          reason: navigator.onLine
            ? String(error).replace(/^Error: /, '')
            : 'this browser is offline',
        }),
    );
    return () => {
      live = false;
    };
  }, [guideId]);

  useEffect(() => {
    if (!serviceWorkersAvailable()) return;
    let stop: (() => void) | undefined;
    const cancel = whenQuiet(() => (stop = keep()));
    return () => {
      cancel();
      stop?.();
    };
  }, [keep]);

  if (status.kind === 'waiting') return null;
  return (
    <p role="status" className="mt-2">
      {status.kind === 'saving' ? (
        <>Saving “{title}” in this browser for offline use…</>
      ) : status.kind === 'kept' ? (
        <>
          Available offline: “{title}” is saved in this browser ({status.kept.files} files, as of{' '}
          {time(status.kept.savedAt)}). Other guides are saved when you open them.
        </>
      ) : (
        <>
          “{title}” could not be saved for offline use ({status.reason}).{' '}
          <button type="button" className={secondaryButton} onClick={() => keep()}>
            Try again
          </button>
        </>
      )}
    </p>
  );
}
