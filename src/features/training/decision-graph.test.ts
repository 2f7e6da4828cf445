import { expect, test } from 'vitest';
import { setup, type AnyStateMachine } from 'xstate';
import type { GuideModel } from '../../machine/guide-model';
import type { StepMeta } from '../../machine/step-meta';
import { decisionGraph, edgesFrom, guardText } from './decision-graph';
import { fixtureGuide } from './fixture-machine.test-helper';
import { allGuides, testGuide } from './guides.test-helper';

/** Every transition of a machine, counted from its config, independently of the graph code. */
function transitionCount(machine: AnyStateMachine): number {
  return Object.values(machine.root.states).reduce((sum, node) => {
    const on = [...node.transitions.values()]
      .flat()
      .reduce((n, t) => n + (t.target?.length ?? 0), 0);
    const always = (node.always ?? []).reduce((n, t) => n + (t.target?.length ?? 0), 0);
    return sum + on + always;
  }, 0);
}

const guides: [string, GuideModel][] = [
  ...allGuides.map(({ guide }) => [guide.manifest.id, guide] as [string, GuideModel]),
  ['a small fixture machine', fixtureGuide()],
  ['the small fixture with a toner check', fixtureGuide({ withTonerCheck: true })],
];
const extensionFailures = testGuide('extension-failures');

test('every guide is mapped, the test build’s fixture guides included', () => {
  expect(allGuides.some((g) => g.fixture)).toBe(true);
  expect(allGuides.some((g) => !g.fixture)).toBe(true);
});

test.each(guides)('%s: a node for every step and decision point', (_, guide) => {
  const { machine } = guide;
  const graph = decisionGraph(guide);
  const stepIds = guide.steps.map((s) => s.id);
  const transient = Object.values(machine.root.states).filter((n) => !n.meta);
  expect(graph.nodes.filter((n) => n.kind !== 'decision').map((n) => n.id)).toEqual(stepIds);
  expect(graph.nodes.filter((n) => n.kind === 'decision')).toHaveLength(transient.length);
  expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
});

test.each(guides)('%s: an edge for every transition, between known nodes', (_, guide) => {
  const graph = decisionGraph(guide);
  expect(graph.edges).toHaveLength(transitionCount(guide.machine));
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const edge of graph.edges) {
    expect(ids.has(edge.source) && ids.has(edge.target), edge.id).toBe(true);
    expect(edge.label.length, edge.id).toBeGreaterThan(0);
  }
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
});

test('a state added to the machine appears on the map with no other change', () => {
  const before = decisionGraph(fixtureGuide());
  const after = decisionGraph(fixtureGuide({ withTonerCheck: true }));
  expect(before.nodes.some((n) => n.id === 'toner-check')).toBe(false);
  const toner = after.nodes.find((n) => n.id === 'toner-check');
  expect(toner).toMatchObject({ kind: 'question', label: 'Toner', title: 'Is the toner low?' });
  expect(edgesFrom(after, 'toner-check').map((e) => [e.label, e.target])).toEqual([
    ['No, toner is fine', 'test'],
    ['Yes, toner is low', 'call-vendor'],
  ]);
  expect(edgesFrom(after, 'clear-jam').map((e) => e.target)).toEqual(['toner-check']);
});

test('answers are labelled with their options; options sharing a target stay separate edges', () => {
  const graph = decisionGraph(extensionFailures);
  expect(edgesFrom(graph, 'collect-asc').map((e) => [e.label, e.target, e.values])).toEqual([
    ['The report gave me the logs I need', 'error-code', ['report-ready']],
    ["Inspect IaaS Disk isn't working", 'collect-manual', ['not-working']],
    ['I need a more comprehensive set of logs', 'collect-manual', ['need-more']],
  ]);
  expect(edgesFrom(graph, 'start').map((e) => e.label)).toEqual(['Start']);
});

test('decision points are diamonds labelled with the rules written on the machine', () => {
  const graph = decisionGraph(extensionFailures);
  const decisions = graph.nodes.filter((n) => n.kind === 'decision');
  expect(decisions.map((n) => n.label)).toEqual([
    'Installation failure and Event 4689?',
    'All three Cause 1 symptoms?',
    'Which other known cause matches?',
  ]);
  const other = decisions[2]!;
  expect(edgesFrom(graph, other.id).map((e) => [e.label, e.target, e.guarded])).toEqual([
    ['IaaSVM provider error', 'cause-iaasvm-provider', true],
    ['COMException (0x80110401)', 'dll-dates', true],
    ['none', 'known-issues', false],
  ]);
  expect(edgesFrom(graph, 'findings').map((e) => [e.label, e.target])).toEqual([
    ['Any selection', decisions[0]!.id],
  ]);
});

test('end states are marked final; the start is the machine initial step', () => {
  const graph = decisionGraph(extensionFailures);
  expect(graph.startId).toBe('start');
  expect(graph.nodes.filter((n) => n.final).map((n) => n.id)).toEqual(['resolved', 'known-issues']);
});

test('a guarded answer without a description still gets a meaningful label', () => {
  expect(guardText('foundIaasvmProviderError')).toBe('found iaasvm provider error');
  const graph = decisionGraph(fixtureGuide());
  const triage = graph.nodes.find((n) => n.kind === 'decision')!;
  expect(triage.label).toBe('Paper jam?');
  expect(edgesFrom(graph, 'symptoms')[0]!.label).toBe('Any selection');
});

test("a multiple choice's one event with guarded targets gives one labelled edge per target", () => {
  const meta = (id: string, kind: StepMeta['kind'], answer?: StepMeta['answer']): StepMeta => ({
    id,
    path: id,
    title: id,
    shortTitle: id,
    kind,
    phase: 'match',
    answer,
  });
  const machine = setup({
    types: { events: {} as { type: 'pick'; values: readonly string[] } },
    guards: { pickedA: ({ event }) => event.values.includes('a') },
  }).createMachine({
    initial: 'ask',
    states: {
      ask: {
        meta: meta('ask', 'question', {
          type: 'multiple',
          event: 'pick',
          options: [{ value: 'a', label: 'A' }],
          none: { value: 'none', label: 'None' },
        }),
        on: {
          pick: [
            { guard: 'pickedA', target: 'gotA' },
            { target: 'other', description: 'Anything else' },
          ],
        },
      },
      gotA: { type: 'final', meta: meta('got-a', 'end') },
      other: { type: 'final', meta: meta('other', 'end') },
    },
  });
  expect(edgesFrom(decisionGraph({ machine }), 'ask').map((e) => [e.label, e.target])).toEqual([
    ['if picked a', 'got-a'],
    ['Anything else', 'other'],
  ]);
});
