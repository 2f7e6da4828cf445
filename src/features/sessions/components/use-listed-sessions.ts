import { useCallback, useSyncExternalStore } from 'react';
import type { SessionList as Listed } from '../session-store';
import type { SessionWriter, StorageStatus } from '../session-writer-api';

export interface ListedSnapshot {
  listed: Listed;
  status: StorageStatus;
}

/**
 * The stored sessions as the writer has them (every tab's latest changes), read again whenever
 * it says a session may have changed, here or in another tab, whether a list was shown then or
 * not. Before the app runs (a prerendered page) there is no list: it appears once the browser's
 * storage is read.
 */
const snapshots = new WeakMap<SessionWriter, { snapshot: ListedSnapshot | null }>();

function cacheOf(writer: SessionWriter): { snapshot: ListedSnapshot | null } {
  let cache = snapshots.get(writer);
  if (!cache) {
    const created: { snapshot: ListedSnapshot | null } = { snapshot: null };
    // For the writer's life: a change made while no list is shown makes the next list read anew.
    writer.subscribe(() => (created.snapshot = null));
    snapshots.set(writer, created);
    cache = created;
  }
  return cache;
}

export function useListedSessions(writer: SessionWriter): ListedSnapshot | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      cacheOf(writer);
      // Many changes at once (an import, here or in another tab: one `storage` event per
      // session) make one re-read, not one per session.
      let queued: ReturnType<typeof setTimeout> | undefined;
      const stop = writer.subscribe(() => {
        queued ??= setTimeout(() => {
          queued = undefined;
          onChange();
        }, 0);
      });
      return () => {
        clearTimeout(queued);
        stop();
      };
    },
    [writer],
  );
  const getSnapshot = useCallback(() => {
    const cache = cacheOf(writer);
    cache.snapshot ??= { listed: writer.list(), status: writer.storageStatus() };
    return cache.snapshot;
  }, [writer]);
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}
