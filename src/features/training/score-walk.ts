import { answerLabel } from '../../machine/answer-labels';
import type { GuideModel } from '../../machine/guide-model';
import type { PracticeCase } from '../../machine/guide-training';
import type { AnsweredStep, Answers } from '../../machine/guide-snapshot';
import { eventForAnswer } from '../../machine/replay';
import type { StepMeta } from '../../machine/step-meta';
import { walkCase } from '../../machine/case-walk';

/**
 * Scores a trainee's walk through a practice case against the case's hidden expected path:
 * the outcome, the first step where the paths diverge and why (the two answers' labels, read
 * off the step meta), the time taken and the number of times the trainee went back.
 */

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
  /** The steps of the walk, and of the expected path, for a recap side by side. */
  trail: readonly string[];
  expectedTrail: readonly string[];
  /** The answers of the walk, keyed by step id. */
  answers: Answers;
}

/** What the trainee did: the answers standing at the end, the time taken, the Backs. */
export interface TraineeWalk {
  /** The answers that led to where the walk ended (a step's link carries them). */
  answers: Answers;
  timeMs: number;
  backs: number;
}

/** Whether two answers to a step say the same thing (a multiple choice in any order). */
export function sameAnswer(step: StepMeta, a: string, b: string): boolean {
  if (a === b) return true;
  const ea = eventForAnswer(step, a);
  return ea !== undefined && JSON.stringify(ea) === JSON.stringify(eventForAnswer(step, b));
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
  guide: GuideModel,
  practiceCase: PracticeCase,
  walk: TraineeWalk,
): PracticeScore {
  const given = walkCase(guide, walk.answers);
  const expected = walkCase(guide, practiceCase.expected.answers);
  const reached = given.trail.at(-1)!;
  const finished = given.status === 'done';
  const divergence = firstDivergence(given.answered, expected.answered);
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
    timeMs: Math.max(0, walk.timeMs),
    backs: walk.backs,
    trail: given.trail.map((s) => s.id),
    expectedTrail: expected.trail.map((s) => s.id),
    answers: Object.fromEntries(given.answered.map((a) => [a.step.id, a.value])),
  };
}
