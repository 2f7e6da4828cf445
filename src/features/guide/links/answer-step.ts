import { settleAnswers, type Answers } from '../../../machine/replay';
import { stepHref } from './guide-href';
import type { StepMeta } from '../../../machine/step-meta';
import type { StepView } from './resolve-step';

/**
 * Where answering the current step leads: the next step's link, carrying every answer that
 * still applies. Answers that no longer apply after a change are dropped; the rest are kept, so
 * going back and forth never loses them. While changing an answer (`returnTo`), it returns to
 * where the engineer was, if that step is still on the way.
 */
export interface AnswerTarget {
  step: StepMeta;
  answers: Answers;
  returnTo?: string;
}

export function answerTarget(view: StepView, value: string): AnswerTarget {
  const answers: Answers =
    view.step.kind === 'start' ? view.answers : { ...view.answers, [view.step.id]: value };
  const { walk, kept } = settleAnswers(answers);
  const here = walk.trail.findIndex((s) => s.id === view.step.id);
  const returnId = view.returnTo?.id;
  const returnIndex = returnId ? walk.trail.findIndex((s) => s.id === returnId) : -1;
  if (returnIndex > here) return { step: walk.trail[returnIndex]!, answers: kept };
  const next = walk.trail[here + 1];
  if (!next) throw new Error(`Answer ${value} to ${view.step.id} leads nowhere`);
  // Not back yet: keep returning once the questions the change opened are answered.
  return returnIndex === -1 && returnId
    ? { step: next, answers: kept, returnTo: returnId }
    : { step: next, answers: kept };
}

/** The link an answer target opens. */
export function targetHref(target: AnswerTarget): string {
  return stepHref(target.step, target.answers, { returnTo: target.returnTo });
}

export function answerStep(view: StepView, value: string): string {
  return targetHref(answerTarget(view, value));
}

/**
 * This step's own link with the answer just given: what the browser's Back button should come
 * back to, so the step shows as the engineer last saw it.
 */
export function answeredStepHref(view: StepView, value: string): string {
  if (view.step.kind === 'start') return stepHref(view.step, view.answers);
  const { kept } = settleAnswers({ ...view.answers, [view.step.id]: value });
  return stepHref(view.step, kept, { returnTo: view.returnTo?.id });
}

/** The link to the previous step, keeping every answer (so it shows pre-filled). */
export function previousStepHref(view: StepView): string | undefined {
  const previous = view.history.at(-1);
  if (previous) return stepHref(previous.step, view.answers);
  return undefined;
}

/** The link to change an earlier answer and come back here. */
export function changeAnswerHref(view: StepView, stepId: string): string {
  const entry = view.history.find((h) => h.step.id === stepId);
  if (!entry) throw new Error(`No answer to change for ${stepId}`);
  return stepHref(entry.step, view.answers, { returnTo: view.step.id });
}

/** The link to this step with the answers that led here: the one to paste in a case record. */
export function shareableHref(view: StepView): string {
  const answers = Object.fromEntries(view.history.map((h) => [h.step.id, h.value]));
  return stepHref(view.step, answers);
}
