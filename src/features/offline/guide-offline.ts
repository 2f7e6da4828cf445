import { useEffect, useState } from 'react';
import { keptGuideIds, type KeptGuide } from '../../service-worker/guide-copies';
import { serviceWorkersAvailable } from './service-worker';

export type { KeptGuide };

/**
 * A guide's offline copy (ADR 008): the service worker keeps a guide's pages and chunks when
 * asked, which the app does when the guide is opened. Once a worker is active (never, where the
 * browser blocks them: the promise then stays pending), `onSaving` is called and the worker
 * asked. Resolves with the copy once it is complete; `undefined` where this browser runs no
 * service worker; rejects when the copy cannot be made (offline, storage refused).
 */
export async function keepGuideOffline(
  guideId: string,
  onSaving: () => void,
): Promise<KeptGuide | undefined> {
  if (!serviceWorkersAvailable()) return undefined;
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return undefined;
  onSaving();
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (
      event: MessageEvent<{ ok: boolean; kept?: KeptGuide; error?: string }>,
    ) => {
      channel.port1.close();
      if (event.data.ok && event.data.kept) resolve(event.data.kept);
      else reject(new Error(event.data.error ?? 'The offline copy could not be made'));
    };
    worker.postMessage({ type: 'KEEP_GUIDE', guideId }, [channel.port2]);
  });
}

/** The ids of the guides kept offline in this browser (none until read, or where none can be). */
export function useKeptGuides(): ReadonlySet<string> {
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!serviceWorkersAvailable()) return;
    let live = true;
    keptGuideIds().then(
      (ids) => live && setKept(ids),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return kept;
}
