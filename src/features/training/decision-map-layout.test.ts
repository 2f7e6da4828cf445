import { expect, test } from 'vitest';
import type { GuideModel } from '../../machine/guide-model';
import { decisionGraph } from './decision-graph';
import { layoutDecisionMap, type PositionedNode } from './decision-map-layout';
import { fixtureGuide } from './fixture-machine.test-helper';
import { allGuides, testGuide } from './guides.test-helper';
import { pathHighlight } from './path-highlight';
import { wrapText } from './wrap-text';

const guides: [string, GuideModel][] = [
  ...allGuides.map(({ guide }) => [guide.manifest.id, guide] as [string, GuideModel]),
  ['a small fixture machine', fixtureGuide()],
  ['the small fixture with a toner check', fixtureGuide({ withTonerCheck: true })],
];
const extensionFailures = testGuide('extension-failures');

function overlap(a: PositionedNode, b: PositionedNode): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height
  );
}

test.each(guides)('%s: every node and edge is placed, inside the map', (_, guide) => {
  const graph = decisionGraph(guide);
  const map = layoutDecisionMap(graph);
  expect(map.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
  expect(map.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id));
  for (const node of map.nodes) {
    expect(node.x - node.width / 2, node.id).toBeGreaterThanOrEqual(0);
    expect(node.y + node.height / 2, node.id).toBeLessThanOrEqual(map.height);
    expect(node.lines.length, node.id).toBeGreaterThan(0);
  }
  for (const edge of map.edges) expect(edge.points.length, edge.id).toBeGreaterThanOrEqual(2);
  map.nodes.forEach((a, i) =>
    map.nodes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.id} ${b.id}`).toBe(false)),
  );
});

test('the map reads top to bottom: every answer leads down the page', () => {
  const map = layoutDecisionMap(decisionGraph(extensionFailures));
  const y = new Map(map.nodes.map((n) => [n.id, n.y]));
  for (const edge of map.edges)
    expect(y.get(edge.target)!, edge.id).toBeGreaterThan(y.get(edge.source)!);
  expect(map.height).toBeGreaterThan(map.width);
});

test('the same graph gives the same layout', () => {
  const graph = decisionGraph(extensionFailures);
  expect(layoutDecisionMap(graph)).toEqual(layoutDecisionMap(graph));
});

test('labels wrap at spaces, and long error names before a capital', () => {
  expect(wrapText('Yes, Log Permission shows Granted', 20)).toEqual([
    'Yes, Log Permission',
    'shows Granted',
  ]);
  expect(wrapText('ExtensionInstallationFailedMDTC', 22)).toEqual([
    'ExtensionInstallation',
    'FailedMDTC',
  ]);
  expect(wrapText('aaaaaaaaaaaa', 5)).toEqual(['aaaaa', 'aaaaa', 'aa']);
});

test('the path taken: its steps, the decision points passed and the edges between them', () => {
  const graph = decisionGraph(extensionFailures);
  const trail = ['start', 'log-permission', 'collect-asc', 'collect-manual', 'error-code'];
  const answers = { 'collect-asc': 'need-more' };
  const { nodes, edges } = pathHighlight(
    graph,
    [...trail, 'findings', 'cause-iaasvm-provider'],
    answers,
  );
  const edgeIds = graph.edges.filter((e) => edges.has(e.id));
  expect(edgeIds.map((e) => `${e.source}>${e.target}`)).toEqual([
    'start>log-permission',
    'log-permission>collect-asc',
    'collect-asc>collect-manual',
    'collect-manual>error-code',
    'error-code>findings',
    'error-code>findings',
    'error-code>findings',
    'findings>decision:matching-cause',
    'decision:matching-cause>decision:matching-other-causes',
    'decision:matching-other-causes>cause-iaasvm-provider',
  ]);
  // The answer picks the one of the two parallel edges to Method 2.
  expect(edgeIds.find((e) => e.source === 'collect-asc')!.values).toEqual(['need-more']);
  expect([...nodes]).toContain('decision:matching-other-causes');
  expect([...nodes]).not.toContain('decision:confirming-desktop-heap');
});

test('edges meet a decision point at its diamond’s tips', () => {
  const map = layoutDecisionMap(decisionGraph(extensionFailures));
  const decision = map.nodes.find((n) => n.id === 'decision:matching-other-causes')!;
  const leaving = map.edges.filter((e) => e.source === decision.id);
  const arriving = map.edges.filter((e) => e.target === decision.id);
  expect(leaving.length).toBe(3);
  expect(arriving.length).toBe(2);
  for (const e of leaving) expect(e.points[0]).toEqual({ x: decision.x, y: decision.y + 15 });
  for (const e of arriving) expect(e.points.at(-1)).toEqual({ x: decision.x, y: decision.y - 15 });
});
