import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { StepMeta } from '../../machine/step-meta';

/**
 * A guide's machine as a graph of its top-level states: the steps (states with `meta`) and the
 * decisions between them (transient states, with `always`). Read off the machine's definition,
 * guards aside: what the machine could do, not what a given set of answers makes it do.
 */

export interface GraphState {
  /** The state's key in the machine (`collectAsc`). */
  key: string;
  node: AnyStateNode;
  /** The step it shows, when it has `meta`. */
  step?: StepMeta;
  final: boolean;
  /** The keys of the states its transitions (and `always`) can lead to, each once. */
  targets: readonly string[];
}

export interface StateGraph {
  states: ReadonlyMap<string, GraphState>;
  /** The key of the state the machine starts in. */
  initial?: string;
}

/** The top-level state a node is, or is inside of. */
function topLevelKey(machine: AnyStateMachine, node: AnyStateNode): string | undefined {
  let current: AnyStateNode | undefined = node;
  while (current && current.parent !== machine.root) current = current.parent;
  return current?.key;
}

export function stateGraph(machine: AnyStateMachine): StateGraph {
  const states = new Map<string, GraphState>();
  for (const node of Object.values(machine.root.states as Record<string, AnyStateNode>)) {
    const transitions = [...node.transitions.values()].flat();
    const targets = [...transitions, ...(node.always ?? [])]
      .flatMap((t) => t.target ?? [])
      .map((target) => topLevelKey(machine, target))
      .filter((key): key is string => key !== undefined);
    states.set(node.key, {
      key: node.key,
      node,
      step: node.meta as StepMeta | undefined,
      final: node.type === 'final',
      targets: [...new Set(targets)],
    });
  }
  const initial = machine.root.initial?.target[0];
  return { states, initial: initial ? topLevelKey(machine, initial) : undefined };
}

/** How a problem names a state: its step id, or its key for a decision. */
export function stateName(state: GraphState): string {
  return state.step ? state.step.id : `(decision ${state.key})`;
}

/** The keys of the states reachable from some, themselves included. */
export function reachableFrom(graph: StateGraph, from: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const key = queue.shift()!;
    if (seen.has(key) || !graph.states.has(key)) continue;
    seen.add(key);
    queue.push(...graph.states.get(key)!.targets);
  }
  return seen;
}

/** The keys of the states from which a final state can be reached, the final ones included. */
export function statesThatCanEnd(graph: StateGraph): Set<string> {
  const ending = new Set([...graph.states.values()].filter((s) => s.final).map((s) => s.key));
  let grew = true;
  while (grew) {
    grew = false;
    for (const state of graph.states.values()) {
      if (!ending.has(state.key) && state.targets.some((t) => ending.has(t))) {
        ending.add(state.key);
        grew = true;
      }
    }
  }
  return ending;
}

/**
 * Every cycle of the graph, one per strongly connected component that has one, each as the keys
 * along it, the first repeated at the end (`a → b → a`).
 */
export function cyclesIn(graph: StateGraph): string[][] {
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  const visit = (key: string) => {
    index.set(key, next);
    low.set(key, next);
    next++;
    stack.push(key);
    onStack.add(key);
    for (const target of graph.states.get(key)?.targets ?? []) {
      if (!graph.states.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(key, Math.min(low.get(key)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(key, Math.min(low.get(key)!, index.get(target)!));
      }
    }
    if (low.get(key) === index.get(key)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== key);
      components.push(component);
    }
  };
  for (const key of graph.states.keys()) if (!index.has(key)) visit(key);

  const cycles: string[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const first = [...graph.states.keys()].find((k) => members.has(k))!;
    const loops = graph.states.get(first)!.targets.includes(first);
    if (component.length === 1 && !loops) continue;
    // Every member has a target inside the component: follow them until one repeats.
    const path = [first];
    for (;;) {
      const last = path.at(-1)!;
      const target = graph.states.get(last)!.targets.find((t) => members.has(t))!;
      const at = path.indexOf(target);
      if (at !== -1) {
        cycles.push([...path.slice(at), target]);
        break;
      }
      path.push(target);
    }
  }
  return cycles;
}
