import type { DecisionGraph, MapEdge } from './decision-graph';

/**
 * The nodes and edges of a path taken, given as the steps visited in order (decision points
 * are passed through, never visited). Between two consecutive steps every route through
 * decision points only is taken; `answers` (keyed by step id) picks, among parallel answer
 * edges, the one the answer took.
 */

export interface PathHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

function takes(edge: MapEdge, answer: string | undefined): boolean {
  return answer === undefined || edge.values.length === 0 || edge.values.includes(answer);
}

export function pathHighlight(
  graph: Pick<DecisionGraph, 'nodes' | 'edges'>,
  stepIds: readonly string[],
  answers: Readonly<Record<string, string>> = {},
): PathHighlight {
  const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const nodes = new Set(stepIds.filter((id) => kinds.has(id)));
  const edges = new Set<string>();

  /** Routes from `from` to `to` through decision points only; marks them; true if any. */
  const mark = (from: string, to: string, answer: string | undefined, seen: Set<string>) => {
    let found = false;
    for (const edge of graph.edges) {
      if (edge.source !== from || !takes(edge, answer)) continue;
      const reached =
        edge.target === to ||
        (kinds.get(edge.target) === 'decision' &&
          !seen.has(edge.target) &&
          mark(edge.target, to, undefined, new Set([...seen, edge.target])));
      if (reached) {
        edges.add(edge.id);
        if (edge.target !== to) nodes.add(edge.target);
        found = true;
      }
    }
    return found;
  };

  stepIds.slice(1).forEach((to, i) => {
    const from = stepIds[i]!;
    if (!mark(from, to, answers[from], new Set()) && answers[from] !== undefined) {
      // An answer no edge lists (a tampered value): highlight whatever leads there.
      mark(from, to, undefined, new Set());
    }
  });
  return { nodes, edges };
}
