import type { GuideSearch } from './search-engine';
import { searchIndexFileName } from './search-index-file';

/**
 * The search is loaded on the first search, never before: its code (with MiniSearch) and the
 * index file (same origin) are fetched together, once; a failed load (offline) may be retried.
 */

let pending: Promise<GuideSearch> | undefined;
let loaded: GuideSearch | undefined;

async function fetchIndex(): Promise<unknown> {
  const response = await fetch(`${import.meta.env.BASE_URL}${searchIndexFileName}`, {
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  try {
    return await response.json();
  } catch {
    throw new Error('The server did not send a search index.');
  }
}

export function loadGuideSearch(): Promise<GuideSearch> {
  if (!pending) {
    const attempt = Promise.all([import('./search-engine'), fetchIndex()]).then(
      ([engine, file]) => {
        loaded = engine.createGuideSearch(file);
        return loaded;
      },
    );
    attempt.catch(() => {
      if (pending === attempt) pending = undefined;
    });
    pending = attempt;
  }
  return pending;
}

/** The search, if it has already loaded. */
export function loadedGuideSearch(): GuideSearch | undefined {
  return loaded;
}
