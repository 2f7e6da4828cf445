import { expect, test } from 'vitest';
import { createLoadCache, isLoadError, LoadError } from './load-cache';

/** A load that fails until `ok` is set, counting its starts. */
function flakyLoad() {
  const state = { ok: false, starts: 0 };
  const start = () => {
    state.starts += 1;
    return state.ok
      ? Promise.resolve(`page ${state.starts}`)
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
  return { state, start };
}

test('a load starts once: every read gets the same promise, and the value once it is in', async () => {
  const cache = createLoadCache<string>();
  const { state, start } = flakyLoad();
  state.ok = true;
  const first = cache.load('a', start, 'page a');
  expect(cache.load('a', start, 'page a', 'nav-2')).toBe(first);
  await expect(first).resolves.toBe('page 1');
  expect(cache.loaded('a')).toBe('page 1');
  expect(cache.load('a', start, 'page a', 'nav-3')).toBe(first);
  expect(state.starts).toBe(1);
});

test('a failed load stays failed for every read of the same attempt: no new request per render', async () => {
  const cache = createLoadCache<string>();
  const { state, start } = flakyLoad();
  const failed = cache.load('a', start, 'the page of step a', 'nav-1');
  const error = await failed.catch((e: unknown) => e);
  expect(isLoadError(error)).toBe(true);
  expect((error as LoadError).what).toBe('the page of step a');
  expect((error as LoadError).message).toContain('Failed to fetch dynamically imported module');
  for (let i = 0; i < 100; i++) expect(cache.load('a', start, 'page a', 'nav-1')).toBe(failed);
  expect(cache.load('a', start, 'page a')).toBe(failed);
  expect(state.starts).toBe(1);
  // React's `use()` reads the outcome off the promise.
  expect(failed).toMatchObject({ status: 'rejected' });
});

test('a new attempt after a failure loads again, once', async () => {
  const cache = createLoadCache<string>();
  const { state, start } = flakyLoad();
  await cache.load('a', start, 'page a', 'nav-1').catch(() => undefined);
  state.ok = true;
  const again = cache.load('a', start, 'page a', 'retry-1');
  expect(cache.load('a', start, 'page a', 'retry-1')).toBe(again);
  await expect(again).resolves.toBe('page 2');
  expect(state.starts).toBe(2);
});

test('a load that throws at once fails like one that rejects', async () => {
  const cache = createLoadCache<string>();
  const load = cache.load(
    'a',
    () => {
      throw new Error('boom');
    },
    'page a',
  );
  await expect(load).rejects.toBeInstanceOf(LoadError);
});
