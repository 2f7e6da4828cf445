/**
 * The shape of each step's `meta` in a guide's decision machine. Everything a screen, a URL, the
 * progress indicator or a generated test needs to know about a step is declared here, once.
 */

/**
 * - `start`: the guide's first page; leaving it records no answer.
 * - `question`: one question, answered with one option (or several, for `multiple`).
 * - `instruction`: something to do, confirmed with a single button; the confirmation is recorded.
 * - `cause`: a matched cause and its remediation, confirmed with a single button.
 * - `end`: a final step.
 */
export type StepKind = 'start' | 'question' | 'instruction' | 'cause' | 'end';

export interface AnswerOption {
  /** The value stored in the URL's query string under the step's id. `[a-z0-9-]+`. */
  value: string;
  /** The option's label on screen, and in the answers summary. */
  label: string;
  /** A short hint under the label. */
  hint?: string;
  /** The machine event that choosing this option sends (single choice and actions only). */
  event?: string;
}

export interface SingleChoice {
  type: 'single';
  /** The question above the options, when the step's title is not itself the question. */
  prompt?: string;
  options: readonly AnswerOption[];
}

/**
 * "Select all that apply", with one exclusive "none of these" option; or a checklist (items to
 * tick, any number of them: ticking none gives the "none" value, shown as no option).
 */
export interface MultipleChoice {
  type: 'multiple';
  /** The question above the options, when the step's title is not itself the question. */
  prompt?: string;
  /** A checklist: no "none of these" option to choose; Continue with nothing ticked gives it. */
  checklist?: boolean;
  /**
   * The machine event sent with the selected values as `values`, in the options' order (an
   * empty list for the "none" option).
   */
  event: string;
  options: readonly AnswerOption[];
  /** The value of the exclusive option. */
  none: AnswerOption;
}

/** An instruction's or a cause's single confirming button. */
export interface Confirmation {
  type: 'confirm';
  options: readonly [AnswerOption];
}

export type Answer = SingleChoice | MultipleChoice | Confirmation;

/**
 * How a case stands when the guide ends: `resolved` (the problem is solved), `referred` (handed
 * on: another guide, a wiki, a team), `escalated`, or `unresolved`.
 */
export type EndOutcome = 'resolved' | 'referred' | 'escalated' | 'unresolved';

/** How a final step closes a case. */
export interface StepEnd {
  outcome: EndOutcome;
  /** What the engineer does next, as the case note's "Next steps" says it. */
  next: string;
  /** A link that goes with `next` (the wiki page of other known issues, say). */
  link?: string;
}

export interface StepMeta {
  /** Stable id: the answer key in URLs and the content page's file name. Never rename it. */
  id: string;
  /** The path below the guide's base URL (`''` for the start page). Never change it. */
  path: string;
  /** The step's `h1`: the question itself, or the instruction's or cause's title. */
  title: string;
  /** How the step is shown in the answers summary ("Log permission"). */
  shortTitle: string;
  kind: StepKind;
  /** One of the guide's phases (`GuideManifest.phases`). */
  phase: string;
  /** How the step is answered; absent on final steps. */
  answer?: Answer;
  /** Set on the question whose answer is the case's outcome (did the fix work?). */
  recordsOutcome?: boolean;
  /** Set on final steps. */
  end?: StepEnd;
}
