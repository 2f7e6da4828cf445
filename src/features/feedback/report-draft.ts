import { isProblemKind, type ProblemKind } from './problem-report';

/**
 * A report being written, kept per step in this tab (`sessionStorage`) as it is typed, so that
 * closing the panel, going to another step and coming back, or reloading loses nothing. Where
 * storage is unavailable or full, the draft is kept in memory for as long as the page is open.
 */

export interface ReportDraft {
  kind?: ProblemKind;
  comment: string;
}

export const emptyDraft: ReportDraft = { comment: '' };

export function draftKey(guideId: string, stepId: string): string {
  return `guide-problem-report:v1:${guideId}:${stepId}`;
}

/** A stored draft, or an empty one when there is none (or it is not one). */
export function parseDraft(raw: string | null): ReportDraft {
  if (!raw) return emptyDraft;
  try {
    const value = JSON.parse(raw) as { kind?: unknown; comment?: unknown };
    return {
      ...(isProblemKind(value.kind) ? { kind: value.kind } : {}),
      comment: typeof value.comment === 'string' ? value.comment : '',
    };
  } catch {
    return emptyDraft;
  }
}

export interface DraftStore {
  /** The stored draft's raw text (stable while unchanged, for `useSyncExternalStore`). */
  read(key: string): string | null;
  write(key: string, draft: ReportDraft): void;
  remove(key: string): void;
  subscribe(listener: () => void): () => void;
}

export function createDraftStore(storage: () => Storage | undefined): DraftStore {
  const memory = new Map<string, string>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const store = () => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  return {
    read(key) {
      if (memory.has(key)) return memory.get(key)!;
      try {
        return store()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, draft) {
      const raw = JSON.stringify(draft);
      try {
        const target = store();
        if (!target) throw new Error('no storage');
        target.setItem(key, raw);
        memory.delete(key);
      } catch {
        memory.set(key, raw);
      }
      notify();
    },
    remove(key) {
      memory.delete(key);
      try {
        store()?.removeItem(key);
      } catch {
        // Nothing stored there.
      }
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
