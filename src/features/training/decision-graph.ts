import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import type { GuideModel } from '../../machine/guide-model';
import type { StepKind, StepMeta } from '../../machine/step-meta';

/**
 * The decision map's model, generated from a guide's machine (its states with `StepMeta`):
 * never drawn by hand. Every step is a node, every answer a labelled edge; a
 * transient (`always`) state is a decision node labelled with its `description` (the rule),
 * its branches labelled with their transitions' `description`s.
 */

export type MapNodeKind = StepKind | 'decision';

export interface MapNode {
  /** The step id for a step; `decision:<state path>` for a decision point. */
  id: string;
  kind: MapNodeKind;
  /** What the map shows: the step's short title, or the decision's rule. */
  label: string;
  /** The full text: the step's title (its question), or the decision's rule. */
  title: string;
  /** The step's phase id (absent on decision points). */
  phase?: string;
  /** The step's meta (absent on decision points). */
  step?: StepMeta;
  final: boolean;
}

export interface MapEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  /** `answer`: a user's answer; `rule`: a branch of a decision point. */
  kind: 'answer' | 'rule';
  /**
   * The answer values that take this edge (empty: any answer, e.g. a multiple choice, or a
   * rule). Lets a path with known answers pick one of several parallel edges.
   */
  values: readonly string[];
  /** Whether the transition has a guard: it is taken only when its rule holds. */
  guarded: boolean;
}

export interface DecisionGraph {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  startId: string;
}

function flatten(node: DirectedGraphNode): DirectedGraphNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

/** A compound state is entered at its initial (atomic) descendant. */
function atomicTarget(node: AnyStateNode): AnyStateNode {
  let current = node;
  while (current.type === 'compound' && current.initial?.target[0]) {
    current = current.initial.target[0];
  }
  return current;
}

function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .toLowerCase();
}

interface GuardLike {
  name?: string;
  type?: string;
  guards?: readonly unknown[];
}

/** A readable fallback for a guard without a description: its name(s), and/or/not spelled out. */
export function guardText(guard: unknown): string | undefined {
  if (guard === undefined) return undefined;
  if (typeof guard === 'string') return humanize(guard);
  const g = guard as GuardLike;
  if (typeof guard === 'function' && g.guards && ['and', 'or', 'not'].includes(g.name ?? '')) {
    const parts = g.guards.map((inner) => guardText(inner) ?? 'a condition');
    return g.name === 'not' ? `not ${parts[0]}` : parts.join(` ${g.name} `);
  }
  if (typeof g.type === 'string') return humanize(g.type);
  return g.name ? humanize(g.name) : 'a condition';
}

function nodeIdOf(state: AnyStateNode): string {
  const meta = state.meta as StepMeta | undefined;
  return meta?.id ?? `decision:${state.path.join('.')}`;
}

function answerEdge(
  step: StepMeta | undefined,
  t: AnyTransitionDefinition,
): { label: string; values: string[] } {
  const answer = step?.answer;
  const guard = guardText(t.guard);
  if (answer?.type === 'multiple' && answer.event === t.eventType) {
    return { label: t.description ?? (guard ? `if ${guard}` : 'Any selection'), values: [] };
  }
  const options = answer?.options.filter((o) => o.event === t.eventType) ?? [];
  const values = options.map((o) => o.value);
  if (t.description) return { label: t.description, values };
  const label = options.length ? options.map((o) => o.label).join(' / ') : humanize(t.eventType);
  return { label: guard ? `${label} (if ${guard})` : label, values };
}

/** A guide's decision map: a node per step and decision point, an edge per transition. */
export function decisionGraph(guide: Pick<GuideModel, 'machine'>): DecisionGraph {
  const { machine } = guide;
  const graphNodes = flatten(toDirectedGraph(machine)).filter(
    (n) => n.stateNode.type === 'atomic' || n.stateNode.type === 'final',
  );
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  for (const { stateNode, edges: eventEdges } of graphNodes) {
    const step = stateNode.meta as StepMeta | undefined;
    const id = nodeIdOf(stateNode);
    const rule = stateNode.description ?? humanize(stateNode.key);
    nodes.push({
      id,
      kind: step?.kind ?? 'decision',
      label: step?.shortTitle ?? rule,
      title: step?.title ?? rule,
      phase: step?.phase,
      step,
      final: stateNode.type === 'final',
    });
    for (const edge of eventEdges) {
      // A transition with no target only runs actions: it leads nowhere on the map.
      if (!edge.transition.target) continue;
      edges.push({
        id: edge.id,
        source: id,
        target: nodeIdOf(atomicTarget(edge.target)),
        kind: 'answer',
        guarded: edge.transition.guard !== undefined,
        ...answerEdge(step, edge.transition),
      });
    }
    (stateNode.always ?? []).forEach((t, index) => {
      (t.target ?? []).forEach((target, targetIndex) => {
        edges.push({
          id: `${stateNode.id}:always:${index}:${targetIndex}`,
          source: id,
          target: nodeIdOf(atomicTarget(target)),
          label: t.description ?? guardText(t.guard) ?? 'otherwise',
          kind: 'rule',
          values: [],
          guarded: t.guard !== undefined,
        });
      });
    });
  }
  return { nodes, edges, startId: nodeIdOf(atomicTarget(machine.root)) };
}

/** The edges leaving a node, in the machine's order. */
export function edgesFrom(graph: DecisionGraph, nodeId: string): MapEdge[] {
  return graph.edges.filter((e) => e.source === nodeId);
}
