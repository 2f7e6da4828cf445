import { useEffect, useState } from 'react';
import { primaryButton, secondaryButton } from '../../../components/button-classes';
import { registerServiceWorker, type ServiceWorkerControl } from '../service-worker';

/**
 * Starts the service worker (so the app works offline next time), and announces a new
 * deployment: "reload to update", at the engineer's choice, never by itself. Reloading saves
 * pending notes first; report drafts and the answers (in the address) are kept. Renders nothing
 * until there is something to say. Its own chunk, loaded when the page is idle (`UpdatePrompt`).
 */
export function UpdateBanner() {
  const [control, setControl] = useState<ServiceWorkerControl>();
  const [ready, setReady] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [updating, setUpdating] = useState(false);

  useEffect(() => {
    let live = true;
    void registerServiceWorker(() => live && setReady(true)).then(
      (registered) => live && setControl(registered),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (!ready || dismissed || !control) return null;
  return (
    <section
      aria-labelledby="update-ready"
      className="no-print fixed inset-x-4 bottom-4 z-20 mx-auto max-w-xl rounded-lg border border-slate-300 bg-white p-4 shadow-lg dark:border-slate-600 dark:bg-slate-900"
    >
      <h2 id="update-ready" className="font-bold">
        A new version of this app is ready
      </h2>
      <p role="status" className="mt-1 text-slate-700 dark:text-slate-300">
        Reload to update. Your notes are saved first, and your answers are in the address.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          className={primaryButton}
          aria-disabled={updating}
          onClick={() => {
            if (updating) return;
            setUpdating(true);
            void control.update();
          }}
        >
          {updating ? 'Updating…' : 'Reload to update'}
        </button>
        <button type="button" className={secondaryButton} onClick={() => setDismissed(true)}>
          Later
        </button>
      </div>
    </section>
  );
}
