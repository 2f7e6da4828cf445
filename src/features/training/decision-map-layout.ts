import { graphlib, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { DecisionGraph, MapEdge, MapNode } from './decision-graph';
import { wrapText } from './wrap-text';

/**
 * Positions the decision map's nodes and edges with dagre, top to bottom (a vertical layout
 * that reads on a laptop and scrolls on a narrow screen). Pure: the same graph gives the same
 * layout. Text is measured by an average character width, so the SVG needs no DOM to lay out.
 */

export interface Point {
  x: number;
  y: number;
}

export interface PositionedNode extends MapNode {
  /** The centre of the node. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label, wrapped. */
  lines: readonly string[];
}

export interface PositionedEdge extends MapEdge {
  points: readonly Point[];
  /** The label's centre and size. */
  labelBox: { x: number; y: number; width: number; height: number };
  labelLines: readonly string[];
}

export interface DecisionMapLayout {
  width: number;
  height: number;
  nodes: readonly PositionedNode[];
  edges: readonly PositionedEdge[];
}

export interface MapLayoutOptions {
  /** Width of a step's box. */
  nodeWidth: number;
  /** Size of a decision point's diamond; its rule is written beside it. */
  diamondSize: number;
  /** Longest line of a decision point's rule, in characters. */
  ruleChars: number;
  /** Font sizes (px) the SVG uses, and the average character width as a share of it. */
  fontSize: number;
  labelFontSize: number;
  charWidth: number;
  /** Room above a step's label for its kind ("Question"). */
  kindLineHeight: number;
  /** Longest edge label line, in characters. */
  edgeLabelChars: number;
  rankSep: number;
  nodeSep: number;
}

export const defaultMapLayoutOptions: MapLayoutOptions = {
  nodeWidth: 184,
  diamondSize: 30,
  ruleChars: 20,
  fontSize: 14,
  labelFontSize: 12,
  charWidth: 0.6,
  kindLineHeight: 16,
  edgeLabelChars: 22,
  rankSep: 28,
  nodeSep: 22,
};

const padding = 8;
/** Space between a decision point's diamond and its rule. */
export const ruleGap = 6;

export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.3);
}

function sizeNode(node: MapNode, o: MapLayoutOptions) {
  const charPx = o.fontSize * o.charWidth;
  if (node.kind === 'decision') {
    // A small diamond, centred where the edges meet, its rule to the right; the box is kept
    // symmetric so that dagre centres the diamond, not the text.
    const fontSize = o.labelFontSize;
    const lines = wrapText(node.label, o.ruleChars);
    const textWidth = Math.max(...lines.map((l) => l.length)) * fontSize * o.charWidth;
    const width = 2 * (o.diamondSize / 2 + ruleGap + Math.ceil(textWidth));
    const height = Math.max(o.diamondSize, lines.length * lineHeight(fontSize) + 4);
    return { width, height, lines };
  }
  const lines = wrapText(node.label, (o.nodeWidth - 2 * padding) / charPx);
  const height = 2 * padding + o.kindLineHeight + lines.length * lineHeight(o.fontSize);
  return { width: o.nodeWidth, height, lines };
}

function sizeLabel(edge: MapEdge, o: MapLayoutOptions) {
  const lines = wrapText(edge.label, o.edgeLabelChars);
  const longest = Math.max(...lines.map((l) => l.length));
  return {
    lines,
    width: Math.ceil(longest * o.labelFontSize * o.charWidth) + 8,
    height: lines.length * lineHeight(o.labelFontSize) + 4,
  };
}

export function layoutDecisionMap(
  graph: DecisionGraph,
  options: Partial<MapLayoutOptions> = {},
): DecisionMapLayout {
  const o = { ...defaultMapLayoutOptions, ...options };
  const g = new graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    ranksep: o.rankSep,
    nodesep: o.nodeSep,
    edgesep: 10,
    marginx: 12,
    marginy: 12,
  });
  const sizes = new Map(graph.nodes.map((n) => [n.id, sizeNode(n, o)]));
  const labels = new Map(graph.edges.map((e) => [e.id, sizeLabel(e, o)]));
  for (const node of graph.nodes) {
    const { width, height } = sizes.get(node.id)!;
    g.setNode(node.id, { width, height });
  }
  for (const edge of graph.edges) {
    const { width, height } = labels.get(edge.id)!;
    g.setEdge(edge.source, edge.target, { width, height, labelpos: 'c' }, edge.id);
  }
  layout(g);

  const nodes = graph.nodes.map((node) => {
    const { x = 0, y = 0 } = g.node(node.id);
    return { ...node, x, y, ...sizes.get(node.id)! };
  });
  const placed = new Map(nodes.map((n) => [n.id, n]));
  const edges = graph.edges.map((edge) => {
    const laid = g.edge(edge.source, edge.target, edge.id);
    const label = labels.get(edge.id)!;
    const points = (laid.points ?? []).map(({ x, y }) => ({ x, y }));
    // Edges of a decision point leave from and arrive at its diamond's tips, not its box.
    const source = placed.get(edge.source)!;
    const target = placed.get(edge.target)!;
    if (source.kind === 'decision' && points.length > 0) {
      points[0] = { x: source.x, y: source.y + o.diamondSize / 2 };
    }
    if (target.kind === 'decision' && points.length > 0) {
      points[points.length - 1] = { x: target.x, y: target.y - o.diamondSize / 2 };
    }
    return {
      ...edge,
      points,
      labelBox: { x: laid.x ?? 0, y: laid.y ?? 0, width: label.width, height: label.height },
      labelLines: label.lines,
    };
  });
  const { width = 0, height = 0 } = g.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}
