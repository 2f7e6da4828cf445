import type { Answers } from '../../../machine/guide-snapshot';
import { replay, settleAnswers } from '../../../machine/replay';
import type { StepMeta } from '../../../machine/step-meta';
import { stepHref } from './guide-href';
import type { StepView } from './resolve-step';

/**
 * Where answering the current step leads: the next step's link, carrying every answer that
 * still applies. Answers that no longer apply after a change are dropped; the rest are kept, so
 * going back and forth never loses them. While changing an answer (`returnTo`), it returns to
 * where the engineer was, if that step is still on the way. Answers `known` beyond the link (a case
 * session's, after the browser's Back shortened it) ride along where they still apply, so later
 * steps stay pre-filled; the link's own answers come first.
 */
export interface AnswerTarget {
  step: StepMeta;
  answers: Answers;
  returnTo?: string;
}

export function answerTarget(view: StepView, value: string, known: Answers = {}): AnswerTarget {
  const answers: Answers =
    view.step.kind === 'start'
      ? view.answers
      : { ...known, ...view.answers, [view.step.id]: value };
  const { replayed, kept } = settleAnswers(view.guide, answers);
  const here = replayed.trail.findIndex((s) => s.id === view.step.id);
  const returnId = view.returnTo?.id;
  const returnIndex = returnId ? replayed.trail.findIndex((s) => s.id === returnId) : -1;
  if (returnIndex > here) return { step: replayed.trail[returnIndex]!, answers: kept };
  const next = replayed.trail[here + 1];
  if (!next) throw new Error(`Answer ${value} to ${view.step.id} leads nowhere`);
  // Not back yet: keep returning once the questions the change opened are answered.
  return returnIndex === -1 && returnId
    ? { step: next, answers: kept, returnTo: returnId }
    : { step: next, answers: kept };
}

/**
 * Works out, ahead of the click, what each of the step's single answers needs: where it leads,
 * the step's own answered link, and the next step's view (replays are cached per guide), so that
 * answering only looks them up. Answers made of several choices are worked out when given.
 * Returns how many answers were prepared.
 */
export function prepareAnswers(view: StepView, known?: Answers): number {
  const { answer, kind } = view.step;
  if (view.mode !== 'answered' || kind === 'start' || answer?.type !== 'single') return 0;
  let prepared = 0;
  for (const option of answer.options) {
    try {
      const target = answerTarget(view, option.value, known);
      answeredStepHref(view, option.value);
      replay(view.guide, target.answers);
      prepared += 1;
    } catch {
      // An answer that leads nowhere is reported when given, not here.
    }
  }
  return prepared;
}

/** The link an answer target opens. */
export function targetHref(view: StepView, target: AnswerTarget): string {
  return stepHref(view.guide, target.step, target.answers, { returnTo: target.returnTo });
}

/**
 * This step's own link with the answer just given: what the browser's Back button should come
 * back to, so the step shows as the engineer last saw it.
 */
export function answeredStepHref(view: StepView, value: string): string {
  if (view.step.kind === 'start') return stepHref(view.guide, view.step, view.answers);
  const { kept } = settleAnswers(view.guide, { ...view.answers, [view.step.id]: value });
  return stepHref(view.guide, view.step, kept, { returnTo: view.returnTo?.id });
}

/** This step's own link with nothing of its own chosen (its choices all cleared). */
export function unansweredStepHref(view: StepView): string {
  const others = Object.fromEntries(
    Object.entries(view.answers).filter(([stepId]) => stepId !== view.step.id),
  );
  return stepHref(view.guide, view.step, others, { returnTo: view.returnTo?.id });
}

/** The link to the previous step, keeping every answer (so it shows pre-filled). */
export function previousStepHref(view: StepView): string | undefined {
  const previous = view.history.at(-1);
  if (previous) return stepHref(view.guide, previous.step, view.answers);
  return undefined;
}

/** The link to change an earlier answer and come back here. */
export function changeAnswerHref(view: StepView, stepId: string): string {
  const entry = view.history.find((h) => h.step.id === stepId);
  if (!entry) throw new Error(`No answer to change for ${stepId}`);
  return stepHref(view.guide, entry.step, view.answers, { returnTo: view.step.id });
}

/** The link to this step with the answers that led here: the one to paste in a case record. */
export function shareableHref(view: StepView): string {
  const answers = Object.fromEntries(view.history.map((h) => [h.step.id, h.value]));
  return stepHref(view.guide, view.step, answers);
}
