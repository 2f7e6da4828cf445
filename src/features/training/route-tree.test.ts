import { expect, test } from 'vitest';
import { decisionGraph } from './decision-graph';
import { testGuide } from './guides.test-helper';
import { routesFrom, stepNumbers, type RouteBranch } from './route-tree';

const graph = decisionGraph(testGuide('extension-failures'));

function flat(branches: readonly RouteBranch[], depth = 0): string[] {
  return branches.flatMap((b) => [
    `${'  '.repeat(depth)}${b.edge.label} → ${b.target.label}`,
    ...flat(b.then ?? [], depth + 1),
  ]);
}

test('an answer that reaches decision points lists their branches down to the next steps', () => {
  expect(flat(routesFrom(graph, 'findings'))).toEqual([
    'Any selection → Installation failure and Event 4689?',
    '  yes: ask about a reboot → Reboot solves it temporarily',
    '  no → Which other known cause matches?',
    '    IaaSVM provider error → Cause 2: IaaS VM provider service',
    '    COMException (0x80110401) → msvc DLL Modified dates',
    '    none → Other known issues',
  ]);
  expect(flat(routesFrom(graph, 'dll-dates'))).toEqual([
    'Yes, the Modified dates are different → Cause 3: msvc DLL version mismatch',
    'No, the Modified dates are the same → Other known issues',
  ]);
  expect(routesFrom(graph, 'resolved')).toEqual([]);
});

test('steps are numbered in the machine order, decision points not counted', () => {
  const numbers = stepNumbers(graph);
  expect(numbers.get('start')).toBe(1);
  expect(numbers.get('reboot')).toBe(8);
  expect(numbers.size).toBe(graph.nodes.length - 3);
});
