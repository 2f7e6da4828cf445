import {
  initialTransition,
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
} from 'xstate';
import type { StepMeta } from '../../machine/step-meta';
import { eventForAnswer, startEvent, stepOfSnapshot } from './machine-steps';

/**
 * Answers keyed by step id, replayed through a machine with XState's pure `initialTransition` /
 * `transition`: no actor, no module singleton. Used to check practice cases and to score walks.
 */

export type Answers = Readonly<Record<string, string>>;

export interface AnsweredStep {
  step: StepMeta;
  value: string;
}

export interface AnswerWalk {
  /** The steps visited, in order; the last one is where the walk stopped. */
  trail: readonly StepMeta[];
  /** The answers used on the way, in order. */
  answered: readonly AnsweredStep[];
  /**
   * - `done`: a final step was reached;
   * - `waiting`: the last step has no answer in `answers`;
   * - `rejected`: the last step's answer is not one it offers, or the machine does not take it.
   */
  status: 'done' | 'waiting' | 'rejected';
  /** The answer that stopped a `rejected` walk. */
  rejected?: AnsweredStep;
  snapshot: AnyMachineSnapshot;
}

export function walkAnswers(machine: AnyStateMachine, answers: Answers): AnswerWalk {
  let [snapshot] = initialTransition(machine);
  const trail: StepMeta[] = [];
  const answered: AnsweredStep[] = [];
  for (;;) {
    const step = stepOfSnapshot(snapshot);
    if (!step) throw new Error(`State ${JSON.stringify(snapshot.value)} has no step meta`);
    const again = trail.some((s) => s.id === step.id);
    trail.push(step);
    if (again) {
      // Answers keyed by step id cannot take a step twice: stop rather than loop.
      const value = answers[step.id] ?? '';
      return { trail, answered, status: 'rejected', rejected: { step, value }, snapshot };
    }
    if (snapshot.status === 'done') return { trail, answered, status: 'done', snapshot };
    let event;
    if (step.kind === 'start') {
      event = startEvent(step);
    } else {
      if (!Object.hasOwn(answers, step.id)) return { trail, answered, status: 'waiting', snapshot };
      const value = answers[step.id]!;
      event = eventForAnswer(step, value);
      if (!event || !snapshot.can(event)) {
        return { trail, answered, status: 'rejected', rejected: { step, value }, snapshot };
      }
      answered.push({ step, value });
    }
    if (!event) return { trail, answered, status: 'waiting', snapshot };
    [snapshot] = transition(machine, snapshot, event);
  }
}
