import type { StorageLike } from '../session-store';

/**
 * The browser's `localStorage`, or `null` where it cannot be used (private modes and blocked
 * storage throw on mere access).
 */
function probe(get: () => Storage): StorageLike | null {
  try {
    const storage = get();
    storage.getItem('tsg-wizard:probe');
    return storage;
  } catch {
    return null;
  }
}

export const localStore: StorageLike | null =
  typeof window === 'undefined' ? null : probe(() => window.localStorage);
