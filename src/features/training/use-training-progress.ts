import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { createProgressStorage, progressStorageKey } from './progress-storage';
import type { PracticeScore } from './score-walk';
import { emptyProgress, recordAttempt, type TrainingProgress } from './training-progress';

/**
 * A trainee's progress on a guide's practice cases, kept in this browser's `localStorage` and
 * followed across tabs. The first render (and the prerendered page) shows none, so the page
 * hydrates as it was built; the stored progress follows at once.
 */

function localStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export interface TrainingProgressApi {
  progress: TrainingProgress;
  /** Set when the stored progress could not be read (it is kept aside, not lost). */
  problem?: string;
  /** Records a finished attempt; false when this browser would not save it. */
  record(score: PracticeScore): boolean;
  reset(): void;
}

export function useTrainingProgress(guideId: string): TrainingProgressApi {
  const key = progressStorageKey(guideId);
  const raw = useSyncExternalStore(
    subscribe,
    () => {
      try {
        return localStore()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    () => null,
  );
  const loaded = useMemo(() => {
    const storage = localStore();
    if (raw === null || !storage) return { progress: emptyProgress() };
    return createProgressStorage(storage, key).load();
  }, [raw, key]);

  const record = useCallback(
    (score: PracticeScore) => {
      const storage = localStore();
      if (!storage) return false;
      const store = createProgressStorage(storage, key);
      const saved = store.save(recordAttempt(store.load().progress, score, new Date()));
      notify();
      return saved;
    },
    [key],
  );
  const reset = useCallback(() => {
    const storage = localStore();
    if (storage) createProgressStorage(storage, key).clear();
    notify();
  }, [key]);

  return { ...loaded, record, reset };
}
