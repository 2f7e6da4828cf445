import type { GuideModel } from '../../machine/guide-model';
import type { PracticeCase } from '../../machine/guide-training';
import { pathsToTheEnd } from '../../machine/guide-paths';
import { walkCase } from '../../machine/case-walk';

/**
 * Candidate practice routes, generated from the machine (`pathsToTheEnd`, `getSimplePaths`):
 * every route from the start to a final step. A route is the sequence of steps it visits;
 * answers that lead through the same steps (two ways to reach Method 2) are one route. Shows an
 * author which routes no case takes yet.
 */

export interface CandidatePath {
  /** The steps visited, start and end included, joined by " → ": the route's identity. */
  route: string;
  trail: readonly string[];
  /** One set of answers that takes this route, keyed by step id. */
  answers: Readonly<Record<string, string>>;
  end: string;
}

function routeOf(trail: readonly string[]): string {
  return trail.join(' → ');
}

export function candidatePaths(guide: GuideModel): CandidatePath[] {
  const byRoute = new Map<string, CandidatePath>();
  for (const path of pathsToTheEnd(guide)) {
    const trail = [...path.steps.map((s) => s.step.id), path.end.id];
    const answers = Object.fromEntries(
      path.steps.flatMap((s) => (s.value === undefined ? [] : [[s.step.id, s.value]])),
    );
    const candidate = { route: routeOf(trail), trail, answers, end: path.end.id };
    if (!byRoute.has(candidate.route)) byRoute.set(candidate.route, candidate);
  }
  return [...byRoute.values()].sort((a, b) => a.route.localeCompare(b.route));
}

/** The trail of step ids a case's expected answers take. */
export function caseRoute(guide: GuideModel, practiceCase: PracticeCase): string {
  return routeOf(walkCase(guide, practiceCase.expected.answers).trail.map((s) => s.id));
}

/** The candidate routes that no practice case takes. */
export function routesWithoutCase(
  guide: GuideModel,
  cases: readonly PracticeCase[],
): CandidatePath[] {
  const covered = new Set(cases.map((c) => caseRoute(guide, c)));
  return candidatePaths(guide).filter((p) => !covered.has(p.route));
}
