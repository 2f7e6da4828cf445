import { expect, test } from 'vitest';
import { guideRegistry } from './guide-registry';
import { coveringPaths, edgeKey, pathsToTheEnd } from '../machine/guide-paths';

const guides = await Promise.all(guideRegistry.guides.map((g) => guideRegistry.loadGuide(g.id)));

for (const guide of guides) {
  const id = guide.manifest.id;

  test(`${id}: the covering paths take every transition that any path to the end takes`, () => {
    const all = new Set(pathsToTheEnd(guide).flatMap((p) => p.steps.map(edgeKey)));
    const covered = new Set(coveringPaths(guide).flatMap((p) => p.steps.map(edgeKey)));
    expect([...covered].sort()).toEqual([...all].sort());
  });

  test(`${id}: the covering paths visit every step and reach every end`, () => {
    const paths = coveringPaths(guide);
    const visited = new Set(paths.flatMap((p) => [...p.steps.map((s) => s.step.id), p.end.id]));
    expect([...visited].sort()).toEqual(guide.steps.map((s) => s.id).sort());
    expect(paths.length).toBeLessThan(30);
  });

  test(`${id}: every path starts on the start page and follows the machine answer by answer`, () => {
    for (const path of coveringPaths(guide)) {
      expect(path.steps[0]!.step).toBe(guide.startStep);
      path.steps.slice(1).forEach((s, i) => expect(s.step).toBe(path.steps[i]!.next));
      expect(path.steps.at(-1)!.next).toBe(path.end);
    }
  });
}

test('the covering paths of this TSG reach Cause 1', async () => {
  const guide = await guideRegistry.loadGuide('extension-failures');
  const paths = coveringPaths(guide);
  expect(paths.some((p) => p.steps.some((s) => s.next.id === 'cause-desktop-heap'))).toBe(true);
});
