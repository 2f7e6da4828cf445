import type { AnyStateMachine } from 'xstate';
import type { StepMeta } from '../../machine/step-meta';
import { answerLabel, sameAnswer } from './machine-steps';
import type { PracticeCase } from './practice-case';
import { walkAnswers, type AnsweredStep } from './walk-answers';

/**
 * Scores a trainee's walk through a practice case against the case's hidden expected path:
 * the outcome, the first step where the paths diverge and why (the two answers' labels, read
 * off the step meta), the time taken and the number of times the trainee went back.
 */

/** What the trainee did, in order. Times are milliseconds (e.g. `Date.now()`). */
export type WalkEvent =
  { type: 'answer'; stepId: string; value: string; at: number } | { type: 'back'; at: number };

export interface TraineeWalk {
  startedAt: number;
  events: readonly WalkEvent[];
  /** When the trainee reached the end (or gave up); else the last event's time. */
  finishedAt?: number;
}

export interface Divergence {
  step: StepMeta;
  /** `answer`: a different answer here; `stopped`: the walk ended here without an answer. */
  reason: 'answer' | 'stopped';
  expectedValue: string;
  expectedLabel: string;
  givenValue?: string;
  givenLabel?: string;
}

export interface PracticeScore {
  caseId: string;
  /** The walk reached an end step. */
  finished: boolean;
  /** The end step reached (or the step where the walk stopped). */
  reached: StepMeta;
  expectedOutcome: string;
  /** The walk ended on the end step the case expects. */
  outcomeRight: boolean;
  /** The walk gave the expected answer at every step (a multiple choice in any order). */
  pathRight: boolean;
  /** The cause matched on the walk and the one expected (undefined: none). */
  causeReached?: StepMeta;
  expectedCause?: StepMeta;
  divergence?: Divergence;
  timeMs: number;
  backs: number;
  /** The steps of the final walk, and of the expected path, for a recap side by side. */
  trail: readonly string[];
  expectedTrail: readonly string[];
  /** The answers of the final walk, keyed by step id. */
  answers: Readonly<Record<string, string>>;
}

/** The answers standing at the end: each Back undoes the latest answer still standing. */
export function standingAnswers(events: readonly WalkEvent[]): AnsweredStepId[] {
  const stack: AnsweredStepId[] = [];
  for (const event of events) {
    if (event.type === 'back') {
      stack.pop();
      continue;
    }
    // Answering a step again (from the summary) replaces it and what came after.
    const again = stack.findIndex((a) => a.stepId === event.stepId);
    if (again !== -1) stack.splice(again);
    stack.push({ stepId: event.stepId, value: event.value });
  }
  return stack;
}

export interface AnsweredStepId {
  stepId: string;
  value: string;
}

function firstDivergence(
  given: readonly AnsweredStep[],
  expected: readonly AnsweredStep[],
): Divergence | undefined {
  for (const [i, want] of expected.entries()) {
    const got = given[i];
    const base = {
      step: want.step,
      expectedValue: want.value,
      expectedLabel: answerLabel(want.step, want.value),
    };
    if (!got || got.step.id !== want.step.id) return { ...base, reason: 'stopped' };
    if (!sameAnswer(want.step, got.value, want.value)) {
      return {
        ...base,
        reason: 'answer',
        givenValue: got.value,
        givenLabel: answerLabel(got.step, got.value),
      };
    }
  }
  return undefined;
}

export function scoreWalk(
  machine: AnyStateMachine,
  practiceCase: PracticeCase,
  walk: TraineeWalk,
): PracticeScore {
  const answers = Object.fromEntries(standingAnswers(walk.events).map((a) => [a.stepId, a.value]));
  const given = walkAnswers(machine, answers);
  const expected = walkAnswers(machine, practiceCase.expected.answers);
  const reached = given.trail.at(-1)!;
  const finished = given.status === 'done';
  const divergence = firstDivergence(given.answered, expected.answered);
  const lastAt = walk.events.at(-1)?.at ?? walk.startedAt;
  return {
    caseId: practiceCase.id,
    finished,
    reached,
    expectedOutcome: practiceCase.expected.outcome,
    outcomeRight: finished && reached.id === practiceCase.expected.outcome,
    pathRight: finished && divergence === undefined,
    causeReached: given.trail.find((s) => s.kind === 'cause'),
    expectedCause: expected.trail.find((s) => s.kind === 'cause'),
    divergence,
    timeMs: Math.max(0, (walk.finishedAt ?? lastAt) - walk.startedAt),
    backs: walk.events.filter((e) => e.type === 'back').length,
    trail: given.trail.map((s) => s.id),
    expectedTrail: expected.trail.map((s) => s.id),
    answers: Object.fromEntries(given.answered.map((a) => [a.step.id, a.value])),
  };
}
