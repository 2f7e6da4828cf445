import { getSimplePaths } from 'xstate/graph';
import { answerValuesFor, guideEventsFor } from './guide-events';
import type { GuideModel } from './guide-model';
import { eventForAnswer, stepOf } from './replay';
import type { StepMeta } from './step-meta';

/**
 * Ways through a guide generated from its machine with `xstate/graph`: what the browser tests
 * click through. A step or an answer added to a machine is covered with no hand-written test.
 */

export interface GuidePathStep {
  step: StepMeta;
  /** The answer given on `step` (`undefined` for the start page's button). */
  value: string | undefined;
  next: StepMeta;
}

export interface GuidePath {
  description: string;
  steps: readonly GuidePathStep[];
  end: StepMeta;
}

function valueForEvent(step: StepMeta, event: { type: string }): string | undefined {
  if (step.kind === 'start') return undefined;
  const wanted = JSON.stringify(event);
  const value = answerValuesFor(step).find(
    (v) => JSON.stringify(eventForAnswer(step, v)) === wanted,
  );
  if (value === undefined) throw new Error(`No answer to ${step.id} sends ${wanted}`);
  return value;
}

/** Every simple path from the start to a final step. */
export function pathsToTheEnd(guide: GuideModel): GuidePath[] {
  return getSimplePaths(guide.machine, { events: guideEventsFor(guide) })
    .filter((path) => path.state.status === 'done')
    .map((path) => {
      const steps = path.steps.slice(1).map((s, i) => {
        const step = stepOf(guide, path.steps[i]!.state);
        return { step, value: valueForEvent(step, s.event), next: stepOf(guide, s.state) };
      });
      const end = stepOf(guide, path.state);
      const description = steps
        .map((s) => (s.value ? `${s.step.id}=${s.value}` : s.step.id))
        .concat(end.id)
        .join(' → ');
      return { description, steps, end };
    });
}

export function edgeKey(s: GuidePathStep): string {
  return `${s.step.id}|${s.value ?? ''}|${s.next.id}`;
}

/**
 * A small set of paths to the end that together take every transition (every answer of every
 * step, in every context where it leads somewhere different) at least once.
 */
export function coveringPaths(guide: GuideModel): GuidePath[] {
  const candidates = pathsToTheEnd(guide).sort((a, b) =>
    a.description.localeCompare(b.description),
  );
  const uncovered = new Set(candidates.flatMap((p) => p.steps.map(edgeKey)));
  const chosen: GuidePath[] = [];
  while (uncovered.size > 0) {
    let best = candidates[0]!;
    let bestGain = -1;
    for (const path of candidates) {
      const gain = new Set(path.steps.map(edgeKey).filter((k) => uncovered.has(k))).size;
      if (gain > bestGain) {
        best = path;
        bestGain = gain;
      }
    }
    chosen.push(best);
    best.steps.forEach((s) => uncovered.delete(edgeKey(s)));
  }
  return chosen;
}
