import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { Problem } from './guide-problem';
import type { StateGraph } from './state-graph';

/**
 * What the engine expects of a guide's machine: flat (one top-level state per step or
 * decision), starting on its start step; a step waits for an answer, a decision (no `meta`)
 * moves on at once with `always`, and every end is a step.
 */
export function checkMachineShape(
  machine: AnyStateMachine,
  graph: StateGraph,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  if (machine.root.type === 'parallel') {
    problems.push({ file, message: 'the machine is parallel: a guide is one state at a time' });
  }
  for (const state of graph.states.values()) {
    const { node, step, key } = state;
    const children = Object.values(node.states as Record<string, AnyStateNode>);
    if (children.length > 0) {
      problems.push({
        file,
        step: step?.id,
        message: `state "${key}" has child states (${children.map((c) => c.key).join(', ')}): a guide's machine is flat, one state per step or decision`,
      });
    }
    const transient = (node.always?.length ?? 0) > 0;
    if (step && transient) {
      problems.push({
        file,
        step: step.id,
        message: `state "${key}" has both meta and \`always\`: a step waits for an answer, a decision (no meta) moves on`,
      });
    }
    if (!step && state.final) {
      problems.push({
        file,
        message: `final state "${key}" has no meta: every end is a step, with a page`,
      });
    } else if (!step && !transient) {
      problems.push({
        file,
        message: `state "${key}" has no meta and no \`always\`: give it a step's meta, or make it a decision that moves on with \`always\``,
      });
    }
  }
  if (graph.initial === undefined) {
    problems.push({ file, message: 'the machine has no initial state' });
  } else {
    const initial = graph.states.get(graph.initial);
    if (initial?.step?.kind !== 'start') {
      problems.push({
        file,
        message: `the machine starts in "${graph.initial}", which is not the start step (kind 'start')`,
      });
    }
  }
  return problems;
}
