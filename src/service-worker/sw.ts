/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { keepGuide, matchKept, refreshKeptGuides } from './guide-copies';
import { prerenderedPageUrl } from './page-url';

/**
 * The service worker (Workbox), ADR 008. Installing, it precaches the app's shell as
 * `scripts/prerender.mjs` lists it (the SPA shell, the shared chunks, the search index file, the
 * icons and the manifest), and brings every guide kept in this browser up to date. A guide is
 * kept (`guide-copies.ts`: its prerendered pages, its own chunks and its search files) when the
 * app asks, which it does when the guide is first opened: the library is never downloaded whole.
 * The search's shared parts are fetched when a search needs them; offline, the search reads the
 * kept guides' own files instead. Then:
 * - a request for a shell file is answered from the precache, whatever its query;
 * - any other file, from a kept guide's copy when it has one, else from the network;
 * - a navigation to a step URL gets the step's prerendered page (kept, or the host's); any other
 *   navigation, or one the network cannot answer, gets the SPA shell, which renders the URL in
 *   the browser (the host's SPA fallback; a guide not kept then says it cannot be loaded offline).
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

const shell = async () => (await matchPrecache('/index.html')) ?? Response.error();

registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET',
  async ({ url, request }) => {
    const navigation = request.mode === 'navigate';
    const page = navigation ? prerenderedPageUrl(url) : url;
    if (navigation && !page) return shell();
    const kept = page && (await matchKept(page));
    if (kept) return kept;
    try {
      return await fetch(request);
    } catch (error) {
      if (navigation) return shell();
      throw error;
    }
  },
);

self.addEventListener('install', (event) => event.waitUntil(refreshKeptGuides()));

// The first install takes the open pages at once, so a guide opened once works offline.
clientsClaim();

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; guideId?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'KEEP_GUIDE' && typeof data.guideId === 'string') {
    const reply = event.ports[0];
    event.waitUntil(
      keepGuide(data.guideId).then(
        (kept) => reply?.postMessage({ ok: true, kept }),
        (error: unknown) => reply?.postMessage({ ok: false, error: String(error) }),
      ),
    );
  }
});
