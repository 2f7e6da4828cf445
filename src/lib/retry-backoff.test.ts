import { expect, test } from 'vitest';
import { createFailureEpisodes, nextRetryDelay, retryDelaysMs } from './retry-backoff';

test('a load is tried again by itself a handful of times, waiting longer each time, then not', () => {
  const episodes = createFailureEpisodes(() => 0);
  const delays: (number | undefined)[] = [];
  for (let i = 0; i < 8; i++) delays.push(nextRetryDelay(episodes.failed('step')));
  expect(delays).toEqual([2000, 4000, 8000, 16_000, undefined, undefined, undefined, undefined]);
  expect(retryDelaysMs.length).toBeLessThanOrEqual(5);
});

test('an episode lasts across remounts, ends with a success, and lapses after two quiet minutes', () => {
  let now = 0;
  const episodes = createFailureEpisodes(() => now);
  episodes.failed('step');
  expect(episodes.failed('step').failures).toBe(2);
  expect(episodes.failed('other').failures).toBe(1);
  episodes.ended('step');
  expect(episodes.failed('step').failures).toBe(1);
  now = 121_000;
  expect(episodes.failed('step').failures).toBe(1);
});

test('the same failure seen twice (a re-render) counts once', () => {
  const episodes = createFailureEpisodes(() => 0);
  const error = new Error('x');
  episodes.failed('step', error);
  expect(episodes.failed('step', error).failures).toBe(1);
  expect(episodes.failed('step', new Error('y')).failures).toBe(2);
});
