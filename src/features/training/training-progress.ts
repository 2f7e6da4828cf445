import type { PracticeScore } from './score-walk';

/**
 * A trainee's progress through a guide's practice cases: plain data, changed only by these
 * pure functions (the storage adapter keeps it in the browser). Versioned for later migrations.
 */

export interface AttemptRecord {
  /** ISO time the attempt ended. */
  at: string;
  /** The right outcome by the expected path. */
  correct: boolean;
  outcomeRight: boolean;
  finished: boolean;
  timeMs: number;
  backs: number;
  /** The step id where the walk first diverged from the expected path. */
  divergedAt?: string;
  /** The end step reached (or where the walk stopped). */
  reached: string;
}

export interface CaseProgress {
  attempts: readonly AttemptRecord[];
  /** The best time of a correct attempt. */
  bestTimeMs?: number;
}

export interface TrainingProgress {
  version: 1;
  cases: Readonly<Record<string, CaseProgress>>;
}

export const progressVersion = 1;

export function emptyProgress(): TrainingProgress {
  return { version: progressVersion, cases: {} };
}

/** At most this many attempts are kept per case (the newest); counts stay readable. */
export const maxAttemptsPerCase = 50;

export function recordAttempt(
  progress: TrainingProgress,
  score: PracticeScore,
  at: Date,
): TrainingProgress {
  const attempt: AttemptRecord = {
    at: at.toISOString(),
    correct: score.pathRight,
    outcomeRight: score.outcomeRight,
    finished: score.finished,
    timeMs: score.timeMs,
    backs: score.backs,
    reached: score.reached.id,
    ...(score.divergence ? { divergedAt: score.divergence.step.id } : {}),
  };
  const current = progress.cases[score.caseId];
  const attempts = [...(current?.attempts ?? []), attempt].slice(-maxAttemptsPerCase);
  const best = current?.bestTimeMs;
  const bestTimeMs =
    attempt.correct && (best === undefined || attempt.timeMs < best) ? attempt.timeMs : best;
  return {
    ...progress,
    cases: {
      ...progress.cases,
      [score.caseId]: { attempts, ...(bestTimeMs === undefined ? {} : { bestTimeMs }) },
    },
  };
}

/** Cases done: solved right at least once. */
export function casesDone(progress: TrainingProgress): string[] {
  return Object.entries(progress.cases)
    .filter(([, c]) => c.attempts.some((a) => a.correct))
    .map(([id]) => id);
}

export interface CaseSummary {
  attempts: number;
  correct: number;
  /** Solved right on the first attempt. */
  rightFirstTime: boolean;
  bestTimeMs?: number;
  last?: AttemptRecord;
}

export function caseSummary(progress: TrainingProgress, caseId: string): CaseSummary {
  const c = progress.cases[caseId];
  const attempts = c?.attempts ?? [];
  return {
    attempts: attempts.length,
    correct: attempts.filter((a) => a.correct).length,
    rightFirstTime: attempts[0]?.correct ?? false,
    bestTimeMs: c?.bestTimeMs,
    last: attempts.at(-1),
  };
}

export function resetProgress(): TrainingProgress {
  return emptyProgress();
}

function isAttempt(value: unknown): value is AttemptRecord {
  const a = value as AttemptRecord;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.at === 'string' &&
    typeof a.correct === 'boolean' &&
    typeof a.timeMs === 'number' &&
    typeof a.backs === 'number' &&
    typeof a.reached === 'string'
  );
}

/** Reads stored progress; a record it cannot read is reported, never silently replaced. */
export function parseProgress(
  raw: string,
): { ok: true; progress: TrainingProgress } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'The saved training progress is not valid JSON.' };
  }
  const record = data as { version?: unknown; cases?: unknown };
  if (typeof record !== 'object' || record === null || typeof record.cases !== 'object') {
    return { ok: false, problem: 'The saved training progress has an unknown shape.' };
  }
  if (record.version !== progressVersion) {
    return {
      ok: false,
      problem: `The saved training progress is version ${String(record.version)}; this app reads version ${progressVersion}.`,
    };
  }
  const cases: Record<string, CaseProgress> = {};
  for (const [id, value] of Object.entries(record.cases as Record<string, unknown>)) {
    const c = value as { attempts?: unknown; bestTimeMs?: unknown };
    if (!Array.isArray(c?.attempts) || !c.attempts.every(isAttempt)) {
      return { ok: false, problem: `The saved progress for case "${id}" cannot be read.` };
    }
    cases[id] = {
      attempts: c.attempts,
      ...(typeof c.bestTimeMs === 'number' ? { bestTimeMs: c.bestTimeMs } : {}),
    };
  }
  return { ok: true, progress: { version: progressVersion, cases } };
}
