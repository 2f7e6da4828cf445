import type { GuideSearch } from './search-engine';
import { searchIndexFileName } from './search-index-file';
import { keptGuideIds } from '../../service-worker/guide-copies';

/**
 * The search is loaded on the first search, never before: its code (with MiniSearch) and the
 * index file (same origin) are fetched together, once; a failed load (offline) may be retried.
 * The files the index names are fetched as searches need them (same origin); offline, those of
 * the guides kept offline are read from their copies (ADR 008).
 */

let pending: Promise<GuideSearch> | undefined;

/** One of the search's files, by its path from the site's root (as the index names it). */
async function fetchFile(path: string): Promise<unknown> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`, {
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  try {
    return await response.json();
  } catch {
    throw new Error('The server did not send the search index.');
  }
}

export function loadGuideSearch(): Promise<GuideSearch> {
  if (!pending) {
    const attempt = Promise.all([import('./search-engine'), fetchFile(searchIndexFileName)]).then(
      ([engine, file]) => engine.createGuideSearch(file, fetchFile, keptGuideIds),
    );
    attempt.catch(() => {
      if (pending === attempt) pending = undefined;
    });
    pending = attempt;
  }
  return pending;
}
