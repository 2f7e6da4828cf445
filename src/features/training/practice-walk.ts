/**
 * A trainee's walk through one practice case, as it happens: every answer with its time, every
 * Back, where the trainee is, and when an end step was reached. Plain data changed by these pure
 * functions; the practice screen keeps it in the tab's `sessionStorage`, so a reload loses
 * nothing. Times are milliseconds (`Date.now()`).
 */

export type WalkEvent =
  | { type: 'answer'; stepId: string; value: string; at: number }
  /** Went back (Back, the browser's Back, a Change link, Start over) to `stepId`. */
  | { type: 'back'; stepId: string; at: number };

export interface PracticeWalk {
  version: 1;
  caseId: string;
  startedAt: number;
  events: readonly WalkEvent[];
  /** The step the trainee is on, and how many answers led there. */
  at?: { stepId: string; depth: number };
  /** When an end step was reached; cleared when the trainee goes back from it. */
  finishedAt?: number;
  /** How many times this walk reached an end step (each is recorded once as an attempt). */
  finishes: number;
  /** Set when the browser would not save the attempt this finish recorded. */
  unsaved?: boolean;
}

export function startWalk(caseId: string, now: number): PracticeWalk {
  return { version: 1, caseId, startedAt: now, events: [], finishes: 0 };
}

export function answerInWalk(
  walk: PracticeWalk,
  stepId: string,
  value: string,
  now: number,
): PracticeWalk {
  return { ...walk, events: [...walk.events, { type: 'answer', stepId, value, at: now }] };
}

/**
 * The trainee is on a step reached by `depth` answers. Fewer answers than on the step before is
 * a way back, counted. Reaching an end step finishes the walk (`finished` is true that once);
 * going back from it opens the walk again, and reaching an end again is another finish.
 */
export function observeStep(
  walk: PracticeWalk,
  step: { id: string; depth: number; end: boolean },
  now: number,
): { walk: PracticeWalk; finished: boolean } {
  const before = walk.at;
  if (before?.stepId === step.id && before.depth === step.depth) return { walk, finished: false };
  let next: PracticeWalk = { ...walk, at: { stepId: step.id, depth: step.depth } };
  if (before && step.depth < before.depth) {
    next = { ...next, events: [...next.events, { type: 'back', stepId: step.id, at: now }] };
  }
  if (!step.end) {
    if (next.finishedAt !== undefined)
      next = { ...next, finishedAt: undefined, unsaved: undefined };
    return { walk: next, finished: false };
  }
  if (next.finishedAt !== undefined) return { walk: next, finished: false };
  return { walk: { ...next, finishedAt: now, finishes: next.finishes + 1 }, finished: true };
}

export function backsIn(walk: PracticeWalk): number {
  return walk.events.filter((e) => e.type === 'back').length;
}

/** The time an answer was last given, for the answers summary. */
export function answeredAtIn(
  walk: PracticeWalk,
  stepId: string,
  value: string,
): number | undefined {
  return walk.events.findLast(
    (e) => e.type === 'answer' && e.stepId === stepId && e.value === value,
  )?.at;
}

/** Reads a stored walk; anything else is `undefined` (a practice walk is not worth a warning). */
export function parseWalk(raw: string | null, caseId: string): PracticeWalk | undefined {
  if (raw === null) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<PracticeWalk>;
    if (
      data.version !== 1 ||
      data.caseId !== caseId ||
      typeof data.startedAt !== 'number' ||
      !Array.isArray(data.events) ||
      typeof data.finishes !== 'number'
    ) {
      return undefined;
    }
    return data as PracticeWalk;
  } catch {
    return undefined;
  }
}

export function walkStorageKey(guideId: string, caseId: string): string {
  return `tsg-wizard:training-walk:${guideId}:${caseId}`;
}
