import { useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from '../../../lib/when-idle';
import { serviceWorkersAvailable } from '../service-worker';

/**
 * Where a new deployment is announced (`UpdateBanner`): its code is loaded when the page is
 * idle, after the first screen, and only where a service worker can run. Should it fail to load
 * (offline on a first visit), there is simply no banner.
 */
export function UpdatePrompt() {
  const [Banner, setBanner] = useState<ComponentType>();
  useEffect(() => {
    if (!serviceWorkersAvailable()) return;
    let live = true;
    const cancel = whenIdle(() => {
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
