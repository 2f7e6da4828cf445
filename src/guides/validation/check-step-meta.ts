import type { GuidePhase } from '../../machine/guide-definition';
import type { StepKind } from '../../machine/step-meta';
import type { Problem } from './guide-problem';
import { reservedQueryKeys, reservedStepSegments, slugPattern } from './reserved-paths';
import type { StateGraph } from './state-graph';

const kinds: readonly StepKind[] = ['start', 'question', 'instruction', 'cause', 'end'];
const pathPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * Each step's `meta`: ids and paths that are valid and unique (they are in every link), one
 * start step at the base path, phases the guide declares, and ends that are final and say how
 * the case closes.
 */
export function checkStepMeta(
  graph: StateGraph,
  phases: readonly GuidePhase[] | undefined,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const steps = [...graph.states.values()].filter((s) => s.step);
  const say = (step: string | undefined, message: string) => problems.push({ file, step, message });

  const starts = steps.filter((s) => s.step!.kind === 'start');
  if (starts.length === 0) say(undefined, "no start step: one step needs kind 'start'");
  for (const extra of starts.slice(1)) {
    say(extra.step!.id, `a second start step (the first is ${starts[0]!.step!.id})`);
  }

  const ids = new Map<string, string>();
  const paths = new Map<string, string>();
  const phaseIds = phases ? new Set(phases.map((p) => p.id)) : undefined;
  for (const { step: meta, final, key } of steps) {
    const step = meta!;
    const id = typeof step.id === 'string' ? step.id : '';
    if (!slugPattern.test(id)) {
      say(
        id || undefined,
        `state "${key}": step id "${id}" is not lowercase words joined by hyphens ([a-z0-9-]+)`,
      );
    } else if (reservedQueryKeys.includes(id)) {
      say(id, `step id "${id}" is a query parameter of every guide link: choose another`);
    }
    const sameId = ids.get(id);
    if (sameId !== undefined) say(id, `states "${sameId}" and "${key}" have the same step id`);
    else ids.set(id, key);

    const path = typeof step.path === 'string' ? step.path : undefined;
    if (path === undefined) {
      say(id, 'no path');
    } else {
      if (step.kind === 'start' && path !== '') {
        say(id, `the start step's path is "${path}": it must be '' (the guide's base path)`);
      } else if (step.kind !== 'start' && !pathPattern.test(path)) {
        say(
          id,
          `path "${path}" is not segments of [a-z0-9-] joined by "/" (only the start step's path is '')`,
        );
      }
      const segment = path.split('/')[0]!;
      if (reservedStepSegments.includes(segment)) {
        say(
          id,
          `path "${path}" starts with "${segment}", which the app reserves (${reservedStepSegments.join(', ')})`,
        );
      }
      const samePath = paths.get(path);
      if (samePath !== undefined) say(id, `path "${path}" is also step ${samePath}'s`);
      else paths.set(path, id);
    }

    if (!step.title?.trim()) say(id, 'no title');
    if (!step.shortTitle?.trim()) say(id, 'no shortTitle');
    if (!kinds.includes(step.kind))
      say(id, `kind "${String(step.kind)}" is not one of ${kinds.join(', ')}`);
    if (phaseIds && !phaseIds.has(step.phase)) {
      say(
        id,
        `phase "${step.phase}" is not one of the manifest's phases (${[...phaseIds].join(', ')})`,
      );
    }

    if (final) {
      if (step.kind !== 'end') say(id, `a final state, but its kind is "${step.kind}", not 'end'`);
      if (!step.end)
        say(id, 'an end step without `end`: say whether the case is resolved and what comes next');
      else if (!step.end.next?.trim())
        say(id, '`end.next` is empty: say what the engineer does next');
      if (step.answer) say(id, 'an end step with an answer: nothing comes after it');
    } else {
      if (step.kind === 'end') say(id, "kind 'end' but not a final state (type: 'final')");
      if (step.end) say(id, '`end` on a step that is not a final state');
      if (!step.answer)
        say(id, 'no answer: only a final step may have none, or the reader is stuck');
    }
  }
  return problems;
}
