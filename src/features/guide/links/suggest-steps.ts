import type { GuideModel } from '../../../machine/guide-model';
import { editDistance } from '../../../lib/edit-distance';
import type { StepMeta } from '../../../machine/step-meta';

/** The most steps a mistyped path is offered. */
const maxSuggestions = 3;

function normalize(path: string): string {
  return path
    .trim()
    .toLowerCase()
    .replace(/\\/g, '/')
    .replace(/^\/+|\/+$/g, '');
}

const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** How far a typed path is from a step: its whole path, its last segment, or its id. */
function distance(typed: string, step: StepMeta): number {
  const typedLast = lastSegment(typed);
  return Math.min(
    editDistance(typed, step.path),
    editDistance(typedLast, lastSegment(step.path)),
    editDistance(typedLast, step.id),
  );
}

/**
 * The steps a path that names no step most likely meant (a typo, another case, a missing or
 * wrong folder, a step id in place of its path), closest first. Nothing when none is close.
 */
export function suggestSteps(guide: GuideModel, stepPath: string): StepMeta[] {
  const typed = normalize(stepPath);
  if (!typed) return [];
  const tolerance = typed.length <= 6 ? 1 : 2;
  return guide.steps
    .filter((step) => step.path !== '')
    .map((step) => ({ step, d: distance(typed, step) }))
    .filter(({ d }) => d <= tolerance)
    .sort((a, b) => a.d - b.d)
    .slice(0, maxSuggestions)
    .map(({ step }) => step);
}
