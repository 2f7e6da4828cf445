import type { GuideModel } from './guide-model';
import type { AnsweredStep, Answers } from './guide-snapshot';
import { replay } from './replay';
import type { StepMeta } from './step-meta';

/**
 * A set of answers (a practice case's, or a trainee's) walked through a guide with the engine's
 * own replay: the steps visited, the answers used on the way, and why the walk stopped.
 */
export interface CaseWalk {
  /** The steps visited, in order; the last one is where the walk stopped. */
  trail: readonly StepMeta[];
  /** The answers used on the way, in order. */
  answered: readonly AnsweredStep[];
  /**
   * - `done`: a final step was reached;
   * - `waiting`: the last step has no answer;
   * - `rejected`: the last step's answer is not one it offers.
   */
  status: 'done' | 'waiting' | 'rejected';
}

export function walkCase(guide: GuideModel, answers: Answers): CaseWalk {
  const { trail, snapshot, used } = replay(guide, answers);
  const last = trail.at(-1)!;
  const answered = trail
    .filter((step) => used.includes(step.id))
    .map((step) => ({ step, value: answers[step.id]! }));
  const status =
    snapshot.status === 'done' ? 'done' : Object.hasOwn(answers, last.id) ? 'rejected' : 'waiting';
  return { trail, answered, status };
}
