import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { answerForEvent, eventsForStep, stepOfSnapshot, type AnswerEvent } from './machine-steps';
import type { PracticeCase } from './practice-case';
import { walkAnswers } from './walk-answers';

/**
 * Candidate practice paths, generated from the machine with `getSimplePaths`: every route from
 * the start to a final step. A route is the sequence of steps it visits; answers that lead
 * through the same steps (two ways to reach Method 2) are one route. Shows an author which
 * routes no case covers yet.
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

export function candidatePaths(machine: AnyStateMachine): CandidatePath[] {
  const paths = getSimplePaths(machine, {
    events: (snapshot: AnyMachineSnapshot) =>
      eventsForStep(stepOfSnapshot(snapshot)) as EventObject[],
  });
  const byRoute = new Map<string, CandidatePath>();
  for (const path of paths) {
    if (path.state.status !== 'done') continue;
    // `steps[0]` is the initial snapshot; each later step is an event and where it led.
    const trail = path.steps.map((s) => stepOfSnapshot(s.state)!.id);
    const answers: Record<string, string> = {};
    path.steps.slice(1).forEach((s, i) => {
      const step = stepOfSnapshot(path.steps[i]!.state)!;
      const value = answerForEvent(step, s.event as AnswerEvent);
      if (value !== undefined) answers[step.id] = value;
    });
    const candidate = { route: routeOf(trail), trail, answers, end: trail.at(-1)! };
    if (!byRoute.has(candidate.route)) byRoute.set(candidate.route, candidate);
  }
  return [...byRoute.values()].sort((a, b) => a.route.localeCompare(b.route));
}

/** The candidate routes that no practice case takes. */
export function routesWithoutCase(
  machine: AnyStateMachine,
  candidates: readonly CandidatePath[],
  cases: readonly PracticeCase[],
): CandidatePath[] {
  const covered = new Set(
    cases.map((c) => routeOf(walkAnswers(machine, c.expected.answers).trail.map((s) => s.id))),
  );
  return candidates.filter((p) => !covered.has(p.route));
}
