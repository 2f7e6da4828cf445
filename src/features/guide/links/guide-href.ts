import { guideBasePath } from '../../../../content/extension-failures/guide';
import type { Answers } from '../../../machine/replay';
import type { StepMeta } from '../../../machine/step-meta';
import { formatGuideQuery } from './guide-query';

/** The one place guide URLs are built. */

export function stepPathname(step: StepMeta): string {
  return step.path ? `${guideBasePath}/${step.path}` : guideBasePath;
}

/** A step's link with answers (and the version). With no answers, the plain reference link. */
export function stepHref(
  step: StepMeta,
  answers: Answers = {},
  options: { returnTo?: string; withVersion?: boolean } = {},
): string {
  const hasAnswers = Object.keys(answers).length > 0;
  if (!hasAnswers && !options.returnTo && options.withVersion === false) return stepPathname(step);
  return `${stepPathname(step)}?${formatGuideQuery(answers, options)}`;
}

/** The step a pathname below the guide's base shows: `'collect/asc'` for `/extension-failures/collect/asc/`. */
export function stepPathFromPathname(pathname: string): string | undefined {
  const trimmed = pathname.replace(/\/+$/, '');
  if (trimmed === guideBasePath) return '';
  if (!trimmed.startsWith(`${guideBasePath}/`)) return undefined;
  return trimmed.slice(guideBasePath.length + 1);
}
