import type { AnyStateNode } from 'xstate';
import type {
  GuideDefinition,
  GuideManifest,
  GuideNotice,
  NoticeContext,
} from './guide-definition';
import type { StepMeta } from './step-meta';

/**
 * A guide as the engine uses it: its manifest, its machine, and its steps read off the machine.
 * Every state with `meta` is a screen; states without it are transient (`always`) decision points
 * that the user never sees.
 */
export interface GuideModel {
  manifest: GuideManifest;
  machine: GuideDefinition['machine'];
  /** Every step, in the order the machine declares them. */
  steps: readonly StepMeta[];
  startStep: StepMeta;
  stepById(id: string): StepMeta | undefined;
  stepByPath(path: string): StepMeta | undefined;
  /** The step a flat machine state value (its state key) shows. */
  stepByStateKey(key: string): StepMeta | undefined;
  /** The steps that could come right after this one, whatever the answer. */
  possibleNextSteps(id: string): readonly StepMeta[];
  /** The fewest and the most screens still ahead of a step, the step itself not counted. */
  remainingSteps(id: string): { min: number; max: number };
  /** Every step that could still come after this one (whatever the answers), itself excluded. */
  reachableSteps(id: string): ReadonlySet<string>;
  /** What the guide explains on a step (see `GuideDefinition.notices`). */
  notices(context: NoticeContext): readonly GuideNotice[];
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

export function createGuideModel(manifest: GuideManifest, definition: GuideDefinition): GuideModel {
  const { machine } = definition;
  const stepNodes = Object.values(machine.root.states as Record<string, AnyStateNode>)
    .filter((node) => node.meta !== undefined)
    .map((node) => ({ meta: node.meta as StepMeta, node }));
  const steps = stepNodes.map((s) => s.meta);
  const byId = new Map(stepNodes.map((s) => [s.meta.id, s]));
  const byPath = new Map(stepNodes.map((s) => [s.meta.path, s.meta]));
  const byStateKey = new Map(stepNodes.map((s) => [s.node.key, s.meta]));
  const startStep = steps.find((s) => s.kind === 'start');
  if (!startStep) throw new Error(`Guide ${manifest.id} has no start step`);

  const next = new Map(stepNodes.map((s) => [s.meta.id, nextStepsOf(s.node)]));
  const possibleNextSteps = (id: string) => next.get(id) ?? [];

  // The graph of steps has no cycles (`npm run check:guides` checks it), so these terminate.
  const remaining = new Map<string, { min: number; max: number }>();
  const remainingSteps = (id: string): { min: number; max: number } => {
    const known = remaining.get(id);
    if (known) return known;
    const after = possibleNextSteps(id);
    const result =
      after.length === 0
        ? { min: 0, max: 0 }
        : after
            .map((s) => remainingSteps(s.id))
            .reduce(
              (acc, r) => ({
                min: Math.min(acc.min, r.min + 1),
                max: Math.max(acc.max, r.max + 1),
              }),
              { min: Infinity, max: 0 },
            );
    remaining.set(id, result);
    return result;
  };

  const reachable = new Map<string, ReadonlySet<string>>();
  const reachableSteps = (id: string): ReadonlySet<string> => {
    const known = reachable.get(id);
    if (known) return known;
    const seen = new Set<string>();
    const visit = (stepId: string) => {
      for (const step of possibleNextSteps(stepId)) {
        if (seen.has(step.id)) continue;
        seen.add(step.id);
        visit(step.id);
      }
    };
    visit(id);
    reachable.set(id, seen);
    return seen;
  };

  return {
    manifest,
    machine,
    steps,
    startStep,
    stepById: (id) => byId.get(id)?.meta,
    stepByPath: (path) => byPath.get(path),
    stepByStateKey: (key) => byStateKey.get(key),
    possibleNextSteps,
    remainingSteps,
    reachableSteps,
    notices: (context) => definition.notices?.(context) ?? [],
  };
}
