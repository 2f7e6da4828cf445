/**
 * Why a lazy chunk could not be loaded, found out with one small request:
 * - `offline`: nothing reaches the server (the browser says it is offline, or the request fails);
 * - `updated`: the server is there but the chunk is gone (404, or the host's HTML fallback in its
 *   place), or the app's shell now names another entry: a new version was deployed since this
 *   tab opened, and content-hashed files of the old one were removed;
 * - `unavailable`: the server answers with the chunk, or an error of its own: try again later.
 */
export type LoadFailureKind = 'offline' | 'updated' | 'unavailable';

export interface FailureProbe {
  /** `fetch`, or a stand-in. */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** `navigator.onLine`: `false` means surely offline. */
  online: boolean;
  /** The URL of the app's entry module that is running in this page, if known. */
  runningEntry?: string;
  /** The page's origin, to resolve URLs against. */
  origin: string;
}

/** The chunk a failed dynamic import names in its message (Chromium, Firefox), if any. */
export function failedChunkUrl(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const url = /\b(https?:\/\/\S+?\.(?:m?js|css))\b/.exec(e.message)?.[1];
    if (url) return url;
  }
  return undefined;
}

/** The entry module the shell HTML names (`<script type="module" … src="…">`). */
export function entryInShell(html: string): string | undefined {
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (!/\btype="module"/.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src) return src;
  }
  return undefined;
}

const noStore: RequestInit = { cache: 'no-store', credentials: 'same-origin' };

export async function classifyLoadFailure(
  error: unknown,
  probe: FailureProbe,
): Promise<LoadFailureKind> {
  if (!probe.online) return 'offline';
  const chunk = failedChunkUrl(error);
  try {
    if (chunk && new URL(chunk).origin === probe.origin) {
      const response = await probe.fetch(chunk, { ...noStore, method: 'HEAD' });
      if (response.status === 404 || response.status === 410) return 'updated';
      const type = response.headers.get('content-type') ?? '';
      if (response.ok && type.includes('text/html')) return 'updated';
      if (response.ok) return 'unavailable';
    }
    // No chunk named (or the server failed it): does the deployed shell still run this entry?
    if (probe.runningEntry) {
      const response = await probe.fetch(`${probe.origin}/`, noStore);
      const deployed = response.ok ? entryInShell(await response.text()) : undefined;
      if (deployed) {
        const same =
          new URL(deployed, probe.origin).pathname ===
          new URL(probe.runningEntry, probe.origin).pathname;
        return same ? 'unavailable' : 'updated';
      }
    }
    return 'unavailable';
  } catch {
    return 'offline';
  }
}

/** The entry module running in this page: the loader's `data-entry`, or the shell's script. */
export function runningEntry(doc: Document): string | undefined {
  const loader = doc.querySelector<HTMLScriptElement>('script[data-entry]');
  if (loader?.dataset.entry) return loader.dataset.entry;
  const module = doc.querySelector<HTMLScriptElement>('script[type="module"][src]');
  return module?.getAttribute('src') ?? undefined;
}

/** The probe for this page. */
export function pageProbe(): FailureProbe {
  return {
    fetch: (url, init) => fetch(url, init),
    online: navigator.onLine,
    runningEntry: runningEntry(document),
    origin: location.origin,
  };
}
