import { expect, test } from 'vitest';
import {
  readRecentGuides,
  recentFirst,
  recentGuidesKey,
  rememberGuideUsed,
  withGuideUsed,
} from './recent-guides';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[recentGuidesKey, initial]]);
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const entry = (id: string, title: string) => ({ manifest: { id, title } });

test('guides opened last come first, then the others by title', () => {
  const guides = [entry('c', 'Cobalt'), entry('a', 'Amber'), entry('b', 'Basalt')];
  expect(recentFirst(guides, []).map((g) => g.manifest.id)).toEqual(['a', 'b', 'c']);
  expect(recentFirst(guides, ['c', 'gone', 'b']).map((g) => g.manifest.id)).toEqual([
    'c',
    'b',
    'a',
  ]);
});

test('opening a guide moves it first, once, and the list stays short', () => {
  expect(withGuideUsed(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
  const long = Array.from({ length: 30 }, (_, i) => `g${i}`);
  expect(withGuideUsed(long, 'new')).toHaveLength(20);
  const storage = memoryStorage();
  rememberGuideUsed(storage, 'a');
  rememberGuideUsed(storage, 'b');
  rememberGuideUsed(storage, 'a');
  expect(readRecentGuides(storage)).toEqual(['a', 'b']);
});

test('what cannot be read is no order at all, and a refusing browser is no error', () => {
  for (const stored of ['{not json', '{"a":1}', '[1, null, "a"]']) {
    expect(readRecentGuides(memoryStorage(stored))).toEqual(stored.includes('"a"]') ? ['a'] : []);
  }
  const refusing = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
  expect(() => rememberGuideUsed(refusing, 'a')).not.toThrow();
});
