import { useCallback, useRef, useState } from 'react';
import { parseWalk, walkStorageKey, type PracticeWalk } from './practice-walk';

/**
 * A practice case's walk in this tab's `sessionStorage` (a reload loses nothing; another tab
 * walks its own). Changes are read and written whole, so applying one twice is harmless.
 */

function tabStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function read(key: string, caseId: string): PracticeWalk | undefined {
  try {
    return parseWalk(tabStore()?.getItem(key) ?? null, caseId);
  } catch {
    return undefined;
  }
}

export interface PracticeWalkApi {
  walk: PracticeWalk | undefined;
  /** Applies a change to the stored walk (read afresh) and returns the result. */
  change(
    edit: (walk: PracticeWalk | undefined) => PracticeWalk | undefined,
  ): PracticeWalk | undefined;
}

export function usePracticeWalk(guideId: string, caseId: string): PracticeWalkApi {
  const key = walkStorageKey(guideId, caseId);
  const [walk, setWalk] = useState(() => read(key, caseId));
  // Where the walk is kept when this tab's storage refuses it: this screen only.
  const memory = useRef<{ walk: PracticeWalk | undefined } | null>(null);
  const change = useCallback<PracticeWalkApi['change']>(
    (edit) => {
      const before = memory.current ? memory.current.walk : read(key, caseId);
      const after = edit(before);
      if (after !== before) {
        const store = tabStore();
        try {
          if (!store) throw new Error('No sessionStorage');
          if (after) store.setItem(key, JSON.stringify(after));
          else store.removeItem(key);
        } catch {
          memory.current = { walk: after };
        }
        if (memory.current) memory.current = { walk: after };
      }
      setWalk(after);
      return after;
    },
    [key, caseId],
  );
  return { walk, change };
}
