import { expect, test } from 'vitest';
import {
  answeredAtIn,
  answerInWalk,
  backsIn,
  observeStep,
  parseWalk,
  startWalk,
  type PracticeWalk,
} from './practice-walk';

const at = (walk: PracticeWalk, id: string, depth: number, now: number, end = false) =>
  observeStep(walk, { id, depth, end }, now);

test('a walk records answers with their times, and where the trainee is', () => {
  let walk = startWalk('case-a', 1000);
  walk = at(walk, 'first', 0, 1000).walk;
  walk = answerInWalk(walk, 'first', 'yes', 3000);
  walk = at(walk, 'second', 1, 3001).walk;
  expect(walk.at).toEqual({ stepId: 'second', depth: 1 });
  expect(answeredAtIn(walk, 'first', 'yes')).toBe(3000);
  expect(answeredAtIn(walk, 'first', 'no')).toBeUndefined();
  expect(backsIn(walk)).toBe(0);
});

test('fewer answers than on the step before is a way back, counted each time', () => {
  let walk = startWalk('case-a', 0);
  walk = at(walk, 'first', 0, 0).walk;
  walk = at(walk, 'second', 1, 1).walk;
  walk = at(walk, 'third', 2, 2).walk;
  walk = at(walk, 'first', 0, 3).walk;
  walk = at(walk, 'second', 1, 4).walk;
  expect(backsIn(walk)).toBe(1);
  expect(walk.events).toEqual([{ type: 'back', stepId: 'first', at: 3 }]);
});

test('the same step seen again (a reload) changes nothing', () => {
  const walk = at(startWalk('case-a', 0), 'second', 1, 5).walk;
  expect(at(walk, 'second', 1, 9)).toEqual({ walk, finished: false });
});

test('an end step finishes the walk once; going back opens it again, and a new end counts again', () => {
  let walk = at(startWalk('case-a', 0), 'question', 1, 1).walk;
  const first = at(walk, 'end', 2, 10, true);
  expect(first.finished).toBe(true);
  expect(first.walk).toMatchObject({ finishedAt: 10, finishes: 1 });
  expect(at(first.walk, 'end', 2, 20, true).finished).toBe(false);
  walk = at(first.walk, 'question', 1, 30).walk;
  expect(walk.finishedAt).toBeUndefined();
  expect(backsIn(walk)).toBe(1);
  const second = at(walk, 'other-end', 2, 40, true);
  expect(second).toMatchObject({ finished: true, walk: { finishedAt: 40, finishes: 2 } });
});

test('a stored walk is read back only when it is one, for this case', () => {
  const walk = at(startWalk('case-a', 0), 'second', 1, 5).walk;
  expect(parseWalk(JSON.stringify(walk), 'case-a')).toEqual(walk);
  expect(parseWalk(JSON.stringify(walk), 'case-b')).toBeUndefined();
  expect(parseWalk('{', 'case-a')).toBeUndefined();
  expect(parseWalk(null, 'case-a')).toBeUndefined();
});
