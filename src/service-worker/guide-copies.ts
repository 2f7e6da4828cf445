/**
 * Guides kept offline (ADR 008): each in a cache of its own, `tsg-guide:<id>`, holding the files
 * its list names (`/offline/<id>.json`, written by the prerender) and, under the list's own URL,
 * the list as cached with when it was. Filled when the guide is first opened or kept on request;
 * brought up to date by a new version of the service worker before it takes over.
 */

export const guideCachePrefix = 'tsg-guide:';
export const guideCacheName = (id: string) => `${guideCachePrefix}${id}`;
const listUrl = (id: string) => `/offline/${id}.json`;

interface GuideList {
  guide: string;
  files: { url: string; revision: string | null }[];
}

/** What a kept guide's cache says of itself (the page reads it to say what is offline). */
export interface KeptGuide {
  id: string;
  files: number;
  /** ISO time the copy was last completed. */
  savedAt: string;
}

const isList = (value: unknown, id: string): value is GuideList =>
  typeof value === 'object' &&
  value !== null &&
  (value as GuideList).guide === id &&
  Array.isArray((value as GuideList).files) &&
  (value as GuideList).files.every(
    (f) => typeof f?.url === 'string' && f.url.startsWith('/') && !f.url.startsWith('//'),
  );

/**
 * Copies the guide's files into its cache: those missing, and those whose revision changed
 * (its pages); drops what the list no longer names. Resolves with the copy, or rejects (the
 * network, a guide the site does not have); a copy half made is completed by the next call.
 */
export async function keepGuide(id: string): Promise<KeptGuide> {
  const response = await fetch(listUrl(id), { cache: 'no-store' });
  if (!response.ok) throw new Error(`No offline list for the guide ${id} (${response.status})`);
  const list: unknown = await response.json();
  if (!isList(list, id)) throw new Error(`The offline list of the guide ${id} is not one`);
  const cache = await caches.open(guideCacheName(id));
  const before = await cache.match(listUrl(id));
  const previous = before ? ((await before.json()) as GuideList & { savedAt?: string }) : undefined;
  const revisions = new Map(previous?.files.map((f) => [f.url, f.revision]) ?? []);
  const wanted = new Set(list.files.map((f) => f.url));
  await Promise.all(
    list.files.map(async ({ url, revision }) => {
      const held = await cache.match(url);
      if (held && (revision === null || revisions.get(url) === revision)) return;
      const fetched = await fetch(url, { cache: 'no-cache' });
      if (!fetched.ok) throw new Error(`${url}: ${fetched.status}`);
      await cache.put(url, fetched);
    }),
  );
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!wanted.has(path) && path !== listUrl(id)) await cache.delete(request);
  }
  const kept: KeptGuide = { id, files: list.files.length, savedAt: new Date().toISOString() };
  await cache.put(
    listUrl(id),
    new Response(JSON.stringify({ ...list, savedAt: kept.savedAt }), {
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  return kept;
}

/**
 * The ids of the guides kept in this browser (the page reads them too: it runs no worker code);
 * none where the browser has no caches.
 */
export async function keptGuideIds(): Promise<Set<string>> {
  if (typeof caches === 'undefined') return new Set();
  return new Set(
    (await caches.keys())
      .filter((name) => name.startsWith(guideCachePrefix))
      .map((name) => name.slice(guideCachePrefix.length)),
  );
}

/** Every guide kept in this browser, brought up to date (a new version, before it takes over). */
export async function refreshKeptGuides(): Promise<void> {
  await Promise.all(
    [...(await keptGuideIds())].map((id) =>
      keepGuide(id).catch(async (error: unknown) => {
        // A guide the new version no longer has is forgotten; any other failure keeps the copy.
        if (String(error).includes('(404)')) await caches.delete(guideCacheName(id));
      }),
    ),
  );
}

/** A kept guide's copy of `url` (its path; the query is not part of a file), if one has it. */
export async function matchKept(url: URL): Promise<Response | undefined> {
  // One lookup across every cache (the shell's precache answered already, before this).
  return caches.match(url.pathname, { ignoreSearch: true });
}
