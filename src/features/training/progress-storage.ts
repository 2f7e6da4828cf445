import { emptyProgress, parseProgress, type TrainingProgress } from './training-progress';

/**
 * Keeps a trainee's progress in a `Storage` (the browser's `localStorage`, passed in): one
 * JSON record per guide. Progress it cannot read is copied aside under `<key>:unreadable`
 * before anything is written over it, and reported.
 */

export interface ProgressStorage {
  load(): { progress: TrainingProgress; problem?: string };
  /** False when the storage refused the write (full, or disabled). */
  save(progress: TrainingProgress): boolean;
  /** Forgets the progress (a reset). */
  clear(): void;
}

export function progressStorageKey(guideId: string): string {
  return `tsg-wizard:training-progress:${guideId}`;
}

export function createProgressStorage(storage: Storage, key: string): ProgressStorage {
  const unreadableKey = `${key}:unreadable`;
  return {
    load() {
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return { progress: emptyProgress(), problem: 'This browser does not allow saving.' };
      }
      if (raw === null) return { progress: emptyProgress() };
      const parsed = parseProgress(raw);
      if (parsed.ok) return { progress: parsed.progress };
      try {
        if (storage.getItem(unreadableKey) === null) storage.setItem(unreadableKey, raw);
      } catch {
        // Kept where it is: the next save would replace it, so say so.
        return {
          progress: emptyProgress(),
          problem: `${parsed.problem} It could not be set aside and will be replaced on the next save.`,
        };
      }
      return {
        progress: emptyProgress(),
        problem: `${parsed.problem} It is kept unchanged under "${unreadableKey}"; progress starts afresh.`,
      };
    },
    save(progress) {
      try {
        storage.setItem(key, JSON.stringify(progress));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing stored, nothing to forget.
      }
    },
  };
}
