import { useEffect, useState, type ComponentType } from 'react';
import { whenQuiet } from '../../../lib/when-quiet';
import { serviceWorkersAvailable } from '../service-worker';

/**
 * Where a new deployment is announced (`UpdateBanner`, which registers the service worker): its
 * code is loaded once the engineer pauses (`whenQuiet`: no click or key for 2 s, 15 s at the
 * latest), and only where a service worker can run. The worker's install downloads the whole
 * build; started while someone clicks through steps, it slowed each click by about a third on a
 * 2-core machine. Should the banner fail to load (offline on a first visit), there is simply
 * no banner.
 */
export function UpdatePrompt() {
  const [Banner, setBanner] = useState<ComponentType>();
  useEffect(() => {
    if (!serviceWorkersAvailable()) return;
    let live = true;
    const cancel = whenQuiet(() => {
      import('./update-banner').then(
        (m) => live && setBanner(() => m.UpdateBanner),
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  return Banner ? <Banner /> : null;
}
