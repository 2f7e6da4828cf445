import { expect, test } from 'vitest';
import type { StorageLike } from './session-store';
import { readTabPointer, setTabPointer, tabPointerKey, type TabPointerEnv } from './tab-pointer';

class MapStorage implements StorageLike {
  constructor(readonly map = new Map<string, string>()) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

/** A tab: its sessionStorage and its window.name. */
function tab(storage = new MapStorage(), name = ''): TabPointerEnv & { storage: MapStorage } {
  let windowName = name;
  let n = 0;
  return {
    storage,
    windowName: { get: () => windowName, set: (v) => (windowName = v) },
    newToken: () => `token-${++n}-${Math.random()}`,
  };
}

test('a tab that started or resumed a session finds it again after a reload', () => {
  const here = tab();
  setTabPointer(here, 'session-1');
  // A reload keeps both sessionStorage and window.name.
  const reloaded = tab(here.storage, here.windowName.get());
  expect(readTabPointer(reloaded)).toBe('session-1');
  setTabPointer(reloaded, 'session-2');
  expect(readTabPointer(reloaded)).toBe('session-2');
});

test('a tab opened from it gets a copy of the pointer, and ignores and drops it', () => {
  const opener = tab();
  setTabPointer(opener, 'session-1');
  const opened = tab(new MapStorage(new Map(opener.storage.map)));
  expect(readTabPointer(opened)).toBeNull();
  expect(opened.storage.getItem(tabPointerKey)).toBeNull();
  expect(readTabPointer(opener)).toBe('session-1');
});

test('a pointer copied into a tab that has its own session is ignored too', () => {
  const first = tab();
  setTabPointer(first, 'session-1');
  const second = tab();
  setTabPointer(second, 'session-2');
  second.storage.setItem(tabPointerKey, first.storage.getItem(tabPointerKey)!);
  expect(readTabPointer(second)).toBeNull();
});

test('a bare id from before the token, or anything unreadable, is ignored', () => {
  for (const raw of ['session-1', '{"session":"s"}', '{not json', 'null']) {
    const old = tab(new MapStorage(new Map([[tabPointerKey, raw]])), 'tsg-wizard-tab:x');
    expect(readTabPointer(old)).toBeNull();
  }
});

test('leaving the session clears the pointer', () => {
  const here = tab();
  setTabPointer(here, 'session-1');
  setTabPointer(here, null);
  expect(readTabPointer(here)).toBeNull();
});

test('without sessionStorage, or when it throws, the tab simply has no session', () => {
  const none = { ...tab(), storage: null };
  setTabPointer(none, 'session-1');
  expect(readTabPointer(none)).toBeNull();
  const throwing = tab();
  throwing.storage.getItem = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  expect(readTabPointer(throwing)).toBeNull();
});
