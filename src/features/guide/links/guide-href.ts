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

/**
 * The step a pathname below the guide's base shows: `'collect/asc'` for
 * `/extension-failures/collect/asc`. Read as a static host reads it, so the app shows what the
 * host served: percent-encoding decoded (`collect%2Fasc` is `collect/asc`), repeated and trailing
 * slashes and a final `/index.html` (the prerendered page's own file) dropped, the base matched
 * in any case (as the router matches it). What is left must name a step exactly; a path that
 * cannot be decoded is kept as it is (and names no step).
 */
export function stepPathFromPathname(pathname: string): string | undefined {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A bad percent-encoding: no step has it in its path.
  }
  const trimmed = decoded
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '')
    .replace(/\/index\.html$/, '');
  const base = guideBasePath.toLowerCase();
  if (trimmed.toLowerCase() === base) return '';
  if (!trimmed.toLowerCase().startsWith(`${base}/`)) return undefined;
  return trimmed.slice(guideBasePath.length + 1);
}
