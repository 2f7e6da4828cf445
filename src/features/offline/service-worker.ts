import { reloadPage } from '../../lib/page-reload';
import { linkManifest } from './manifest-link';

/**
 * The app's service worker (`src/service-worker/sw.ts`), registered through vite-plugin-pwa's
 * `registerSW` (Workbox's `workbox-window`), in prompt mode: a new version installs and waits
 * until the engineer chooses to reload. Its code is a chunk of its own, loaded once the engineer
 * pauses (`UpdatePrompt`): nothing of it is in the way of the first paint or of a click.
 */

export interface ServiceWorkerControl {
  /** Switches to the waiting version and reloads, saving what is pending first. */
  update(): Promise<void>;
}

export function serviceWorkersAvailable(): boolean {
  return import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

/**
 * Links the web app manifest (so the app can be installed) and registers the service worker;
 * `onUpdateReady` is called when a new version waits.
 */
export async function registerServiceWorker(
  onUpdateReady: () => void,
): Promise<ServiceWorkerControl | undefined> {
  linkManifest();
  if (!serviceWorkersAvailable()) return undefined;
  const { registerSW } = await import('virtual:pwa-register');
  let reloading = false;
  // Once the waiting version controls this page, load it (notes are saved on `pagehide`). Workbox tells only a
  // page that had a service worker when it registered (`onNeedReload`); a page opened before the
  // first install learns it from `controllerchange`.
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    reloadPage();
  };
  const reloadWhenControlled = () =>
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      // Another tab may take the update first: this one follows, as it was told it would.
      reloadWhenControlled();
      onUpdateReady();
    },
    onNeedReload: reloadOnce,
    // No service worker (blocked, private mode): the app works as before, online.
    onRegisterError: () => undefined,
  });
  return {
    async update() {
      reloadWhenControlled();
      await updateSW(true);
    },
  };
}
