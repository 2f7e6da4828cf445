import { expect, test } from 'vitest';
import { coveringPaths, edgeKey, pathsToTheEnd } from './guide-paths';
import { steps } from './steps';

test('the covering paths take every transition that any path to the end takes', () => {
  const all = new Set(pathsToTheEnd().flatMap((p) => p.steps.map(edgeKey)));
  const covered = new Set(coveringPaths().flatMap((p) => p.steps.map(edgeKey)));
  expect([...covered].sort()).toEqual([...all].sort());
});

test('the covering paths visit every step and reach every end, Cause 1 included', () => {
  const paths = coveringPaths();
  const visited = new Set(paths.flatMap((p) => [...p.steps.map((s) => s.step.id), p.end.id]));
  expect([...visited].sort()).toEqual(steps.map((s) => s.id).sort());
  expect(paths.some((p) => p.steps.some((s) => s.next.id === 'cause-desktop-heap'))).toBe(true);
  expect(paths.length).toBeLessThan(30);
});

test('every path starts on the start page and follows the machine answer by answer', () => {
  for (const path of coveringPaths()) {
    expect(path.steps[0]!.step.id).toBe('start');
    path.steps.slice(1).forEach((s, i) => expect(s.step).toBe(path.steps[i]!.next));
    expect(path.steps.at(-1)!.next).toBe(path.end);
  }
});
