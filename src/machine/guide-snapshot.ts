import type { AnyMachineSnapshot } from 'xstate';
import type { StepMeta } from './step-meta';

/** A guide machine's snapshot: immutable, so it can be cached and shared. */
export type GuideSnapshot = AnyMachineSnapshot;

/** Step id → answer value. A multiple-choice answer is its values joined by commas. */
export type Answers = Readonly<Record<string, string>>;

/** An answer given on the way to a step. */
export interface AnsweredStep {
  step: StepMeta;
  value: string;
}
