import type { AnyStateNode } from 'xstate';
import { extensionFailuresMachine } from './extension-failures.machine';
import type { StepMeta } from './step-meta';

/**
 * The guide's steps, read off the machine: every state with `meta` is a screen; states without
 * it are transient (`always`) decision points that the user never sees.
 */

interface StepNode {
  meta: StepMeta;
  node: AnyStateNode;
}

const stateNodes: AnyStateNode[] = Object.values(extensionFailuresMachine.root.states);

const stepNodes: StepNode[] = stateNodes
  .filter((node) => node.meta !== undefined)
  .map((node) => ({ meta: node.meta as StepMeta, node }));

/** Every step, in the order the machine declares them. */
export const steps: readonly StepMeta[] = stepNodes.map((s) => s.meta);

const byId = new Map(stepNodes.map((s) => [s.meta.id, s]));
const byPath = new Map(stepNodes.map((s) => [s.meta.path, s.meta]));
const byStateKey = new Map(stepNodes.map((s) => [s.node.key, s.meta]));

export const startStep: StepMeta = stepNodes.find((s) => s.meta.kind === 'start')!.meta;

export function stepById(id: string): StepMeta | undefined {
  return byId.get(id)?.meta;
}

export function stepByPath(path: string): StepMeta | undefined {
  return byPath.get(path);
}

/** The step a flat machine state value (its state key) shows. */
export function stepByStateKey(key: string): StepMeta | undefined {
  return byStateKey.get(key);
}

function targetsOf(node: AnyStateNode): AnyStateNode[] {
  const transitions = [...node.transitions.values()].flat();
  return [...transitions, ...(node.always ?? [])].flatMap((t) => t.target ?? []);
}

/** Steps reachable from a state node in one user action, looking through transient states. */
function nextStepsOf(node: AnyStateNode, seen = new Set<AnyStateNode>()): StepMeta[] {
  const result: StepMeta[] = [];
  for (const target of targetsOf(node)) {
    if (seen.has(target)) continue;
    seen.add(target);
    if (target.meta) result.push(target.meta as StepMeta);
    else result.push(...nextStepsOf(target, seen));
  }
  return result;
}

/** The steps that could come right after this one, whatever the answer. */
export function possibleNextSteps(id: string): StepMeta[] {
  const entry = byId.get(id);
  return entry ? nextStepsOf(entry.node) : [];
}

/**
 * The fewest and the most screens still ahead of a step before the guide ends, the step itself
 * not counted. The graph of steps has no cycles (a unit test checks it).
 */
export function remainingSteps(id: string): { min: number; max: number } {
  const memo = new Map<string, { min: number; max: number }>();
  const walk = (stepId: string): { min: number; max: number } => {
    const known = memo.get(stepId);
    if (known) return known;
    const next = possibleNextSteps(stepId);
    const result =
      next.length === 0
        ? { min: 0, max: 0 }
        : next
            .map((s) => walk(s.id))
            .reduce(
              (acc, r) => ({
                min: Math.min(acc.min, r.min + 1),
                max: Math.max(acc.max, r.max + 1),
              }),
              { min: Infinity, max: 0 },
            );
    memo.set(stepId, result);
    return result;
  };
  return walk(id);
}

/** Every step that could still come after this one (whatever the answers), itself excluded. */
export function reachableSteps(id: string): Set<string> {
  const seen = new Set<string>();
  const visit = (stepId: string) => {
    for (const next of possibleNextSteps(stepId)) {
      if (seen.has(next.id)) continue;
      seen.add(next.id);
      visit(next.id);
    }
  };
  visit(id);
  return seen;
}
