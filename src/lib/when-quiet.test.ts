import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { whenQuiet } from './when-quiet';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const input = (target: EventTarget, type = 'pointerdown') => target.dispatchEvent(new Event(type));
/** The idle callback (a timer here, with no requestIdleCallback) comes after the pause. */
const idleMs = 200;

test('the work waits for a pause in the engineer’s clicks and keys, then runs once', () => {
  const target = new EventTarget();
  const work = vi.fn();
  whenQuiet(work, { quietMs: 2000, latestMs: 15_000, target });
  vi.advanceTimersByTime(1500);
  input(target);
  vi.advanceTimersByTime(1500);
  input(target, 'keydown');
  vi.advanceTimersByTime(1999 + idleMs);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(work).toHaveBeenCalledTimes(1);
  input(target);
  vi.advanceTimersByTime(30_000);
  expect(work).toHaveBeenCalledTimes(1);
});

test('it runs by the latest time even while the engineer keeps clicking', () => {
  const target = new EventTarget();
  const work = vi.fn();
  whenQuiet(work, { quietMs: 2000, latestMs: 5000, target });
  for (let t = 0; t < 5000; t += 500) {
    vi.advanceTimersByTime(500);
    input(target);
  }
  vi.advanceTimersByTime(idleMs);
  expect(work).toHaveBeenCalledTimes(1);
});

test('cancelled, it never runs', () => {
  const target = new EventTarget();
  const work = vi.fn();
  const cancel = whenQuiet(work, { quietMs: 100, target });
  cancel();
  vi.advanceTimersByTime(60_000);
  expect(work).not.toHaveBeenCalled();
});
