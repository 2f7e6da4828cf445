import type { DecisionGraph, MapEdge, MapNode } from './decision-graph';

/**
 * Where each answer of a step leads, for text views (the outline, the printed checklist): an
 * answer that reaches a decision point carries that point's branches, nested, down to the next
 * steps. Decision points chain (Cause 1's check falls through to the other causes).
 */

export interface RouteBranch {
  edge: MapEdge;
  /** The next node: a step, or a decision point with its own branches. */
  target: MapNode;
  then?: readonly RouteBranch[];
}

export function routesFrom(
  graph: Pick<DecisionGraph, 'nodes' | 'edges'>,
  nodeId: string,
  seen: ReadonlySet<string> = new Set([nodeId]),
): RouteBranch[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.edges
    .filter((e) => e.source === nodeId)
    .map((edge) => {
      const target = byId.get(edge.target)!;
      if (target.kind !== 'decision' || seen.has(target.id)) return { edge, target };
      return { edge, target, then: routesFrom(graph, target.id, new Set([...seen, target.id])) };
    });
}

/** The steps in the machine's order, numbered from 1 as the outline and checklist show them. */
export function stepNumbers(graph: Pick<DecisionGraph, 'nodes'>): ReadonlyMap<string, number> {
  return new Map(
    graph.nodes.filter((n) => n.kind !== 'decision').map((n, i) => [n.id, i + 1] as const),
  );
}
