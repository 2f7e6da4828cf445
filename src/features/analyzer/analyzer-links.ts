import type { GuideModel } from '../../machine/guide-model';
import type { Answers } from '../../machine/guide-snapshot';
import { replay, settleAnswers } from '../../machine/replay';
import type { StepMeta } from '../../machine/step-meta';
import { guideStartHref, stepHref } from '../guide/links/guide-href';
import { formatGuideQuery } from '../guide/links/guide-query';

/**
 * The analyzer's links. Its page, `/<guide>/analyze`, carries the link of the step it was opened
 * from (the answers so far, the version, the step to return to): nothing from the logs ever goes
 * in a URL, only answer values from the guide's own vocabulary.
 */

/** The analyzer's sub-path under a guide's base path (reserved: no step may use it). */
export const analyzerSegment = 'analyze';

export function analyzerPathname(guide: Pick<GuideModel, 'manifest'>): string {
  return `${guide.manifest.basePath}/${analyzerSegment}`;
}

/** The analyzer's link, keeping the answers (and the step to return to) of the engineer's link. */
export function analyzerHref(
  guide: GuideModel,
  answers: Answers = {},
  options: { returnTo?: string } = {},
): string {
  const path = analyzerPathname(guide);
  if (Object.keys(answers).length === 0 && !options.returnTo) return path;
  return `${path}?${formatGuideQuery(guide, answers, options)}`;
}

export interface StepTarget {
  step: StepMeta;
  href: string;
}

/**
 * Where "back to the guide" leads: the analyzer's step with the link's answers when they reach
 * it, else the first step they leave unanswered (the guide's start with none).
 */
export function returnTarget(
  guide: GuideModel,
  answers: Answers,
  stepId: string,
  options: { returnTo?: string } = {},
): StepTarget & { reached: boolean } {
  if (Object.keys(answers).length === 0) {
    const step = guide.stepById(stepId);
    // On its own, the step opens as a reference page.
    if (step)
      return { step, href: stepHref(guide, step, {}, { withVersion: false }), reached: false };
    return { step: guide.startStep, href: guideStartHref(guide), reached: false };
  }
  const { replayed, kept } = settleAnswers(guide, answers);
  const toStep = replay(guide, kept, stepId);
  const reached = toStep.trail.at(-1)!.id === stepId;
  const step = reached ? toStep.trail.at(-1)! : replayed.trail.at(-1)!;
  return { step, href: stepHref(guide, step, kept, options), reached };
}

/**
 * Where the pre-filled answers are reviewed: the first step on the way that the analyzer
 * pre-fills (the error code when it did, else the findings step), with every answer of the
 * engineer's link that still applies and the pre-filled ones. When the link's answers do not
 * reach that far, the first question they leave unanswered, the pre-filled answers waiting
 * further on. Nothing is answered for the engineer: each pre-filled step is confirmed with
 * Continue, as usual.
 */
export function prefilledTarget(
  guide: GuideModel,
  linkAnswers: Answers,
  prefill: Answers,
  options: { returnTo?: string } = {},
): StepTarget {
  const { replayed, kept } = settleAnswers(guide, { ...linkAnswers, ...prefill });
  const step =
    replayed.trail.find((s) => Object.hasOwn(prefill, s.id) && Object.hasOwn(kept, s.id)) ??
    replayed.trail.at(-1)!;
  return { step, href: stepHref(guide, step, kept, options) };
}
