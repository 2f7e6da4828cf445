import { expect, test } from 'vitest';
import { channelFrom, flushWhenHidden, locksFrom } from './browser-writer-env';

test('without Web Locks or BroadcastChannel the writer gets its fallbacks', () => {
  expect(locksFrom(undefined)).toBeNull();
  expect(channelFrom(undefined)).toBeNull();
  expect(
    channelFrom(() => {
      throw new Error('not allowed');
    }),
  ).toBeNull();
});

test('the lock adapter runs the callback under the lock and lists held lock names', async () => {
  const calls: string[] = [];
  const fake = {
    request: (name: string, callback: () => unknown) => {
      calls.push(name);
      return Promise.resolve(callback());
    },
    query: async () => ({ held: [{ name: 'tsg-wizard:tab:a' }, {}], pending: [] }),
  } as unknown as LockManager;
  const locks = locksFrom(fake)!;
  let ran = false;
  await locks.request('tsg-wizard:session:1', () => {
    ran = true;
  });
  expect(ran).toBe(true);
  expect(calls).toEqual(['tsg-wizard:session:1']);
  expect(await locks.held()).toEqual(['tsg-wizard:tab:a']);
});

test('a change posted on one channel reaches another tab’s, and nothing else does', async () => {
  const name = `test-${Math.random()}`;
  const a = channelFrom(() => new BroadcastChannel(name))!;
  const b = channelFrom(() => new BroadcastChannel(name))!;
  const heard: unknown[] = [];
  const stop = b.listen((message) => heard.push(message));
  const raw = new BroadcastChannel(name);
  raw.postMessage({ type: 'something-else' });
  a.post({ type: 'session-changed', sessionId: 's1' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(heard).toEqual([{ type: 'session-changed', sessionId: 's1' }]);
  stop();
  raw.close();
  a.listen(() => undefined)(); // closes a
});

test('notes waiting are written when the page is hidden or left', () => {
  const page = new EventTarget() as unknown as Window;
  let state: DocumentVisibilityState = 'visible';
  let flushed = 0;
  const stop = flushWhenHidden({ flush: () => flushed++ }, page, () => state);
  page.dispatchEvent(new Event('visibilitychange'));
  expect(flushed).toBe(0);
  state = 'hidden';
  page.dispatchEvent(new Event('visibilitychange'));
  page.dispatchEvent(new Event('pagehide'));
  expect(flushed).toBe(2);
  stop();
  page.dispatchEvent(new Event('pagehide'));
  expect(flushed).toBe(2);
});
