import type { GuideModel } from '../../../machine/guide-model';
import type { Answers } from '../../../machine/guide-snapshot';
import type { StepMeta } from '../../../machine/step-meta';
import { formatGuideQuery } from './guide-query';

/** The one place guide URLs are built. */

export function stepPathname(guide: GuideModel, step: StepMeta): string {
  const base = guide.manifest.basePath;
  return step.path ? `${base}/${step.path}` : base;
}

/** A step's link with answers (and the version). With no answers, the plain reference link. */
export function stepHref(
  guide: GuideModel,
  step: StepMeta,
  answers: Answers = {},
  options: { returnTo?: string; withVersion?: boolean } = {},
): string {
  const hasAnswers = Object.keys(answers).length > 0;
  if (!hasAnswers && !options.returnTo && options.withVersion === false) {
    return stepPathname(guide, step);
  }
  return `${stepPathname(guide, step)}?${formatGuideQuery(guide, answers, options)}`;
}

/** The guide's start page, as a plain link. */
export function guideStartHref(guide: GuideModel): string {
  return stepPathname(guide, guide.startStep);
}
