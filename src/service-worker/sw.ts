/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { prerenderedPageUrl } from './page-url';

/**
 * The service worker (Workbox): the app works offline once opened. Installing, it precaches the
 * whole build, as `scripts/prerender.mjs` lists it last (every chunk, every guide's prerendered
 * step pages, the SPA shell, the search index, the icons and the manifest). Then:
 * - a request for any of those files is answered from the precache, whatever its query;
 * - a navigation to a step URL gets the step's prerendered page, as the host serves it (with or
 *   without answers in the query: the app takes the page over); any other navigation gets the
 *   SPA shell, which renders the URL in the browser (the host's SPA fallback).
 * A new version installs beside the running one and waits: the app asks before switching
 * (`SKIP_WAITING`, sent by the update prompt), then reloads. Nothing is fetched from elsewhere.
 */

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PrecacheEntry)[];
};

precacheAndRoute(self.__WB_MANIFEST, {
  // Answers, versions and search queries do not change which file a URL gets.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  cleanURLs: false,
  urlManipulation: ({ url }) => {
    const page = prerenderedPageUrl(url);
    return page ? [page] : [];
  },
});
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

// The first install takes the open pages at once, so a guide opened once works offline.
clientsClaim();

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
