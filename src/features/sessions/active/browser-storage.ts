import type { StorageLike } from '../session-store';

/**
 * The browser's storages, or `null` where they cannot be used (private modes and blocked
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

const tabStore: StorageLike | null =
  typeof window === 'undefined' ? null : probe(() => window.sessionStorage);

/** This tab's active session id, in `sessionStorage`. */
export const activeSessionKey = 'tsg-wizard:active-session';

/** The case session this tab works on: each tab its own, surviving reloads. */
export const tabSession = {
  get(): string | null {
    try {
      return tabStore?.getItem(activeSessionKey) ?? null;
    } catch {
      return null;
    }
  },
  set(id: string | null): void {
    try {
      if (id) tabStore?.setItem(activeSessionKey, id);
      else tabStore?.removeItem(activeSessionKey);
    } catch {
      // The tab simply forgets its session on reload; the session itself is saved.
    }
  },
};
