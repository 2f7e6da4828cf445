import { expect, test } from 'vitest';
import { createDraftStore, draftKey, parseDraft } from './report-draft';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

const key = draftKey('extension-failures', 'findings');

test('a draft is kept per step and read back as typed', () => {
  const storage = memoryStorage();
  const store = createDraftStore(() => storage);
  store.write(key, { kind: 'unclear', comment: 'Which log?\nThe System one?' });
  expect(parseDraft(store.read(key))).toEqual({
    kind: 'unclear',
    comment: 'Which log?\nThe System one?',
  });
  expect(store.read(draftKey('extension-failures', 'reboot'))).toBeNull();
  // Another store over the same storage (the page reloaded) reads it too.
  expect(parseDraft(createDraftStore(() => storage).read(key)).comment).toBe(
    'Which log?\nThe System one?',
  );
});

test('listeners hear every change; a discarded draft is gone', () => {
  const storage = memoryStorage();
  const store = createDraftStore(() => storage);
  let heard = 0;
  const stop = store.subscribe(() => heard++);
  store.write(key, { comment: 'a' });
  store.remove(key);
  stop();
  store.write(key, { comment: 'b' });
  expect(heard).toBe(2);
  expect(parseDraft(store.read(key))).toEqual({ comment: 'b' });
});

test('when storage fails (full, or blocked), the draft is kept in memory', () => {
  const full: Storage = {
    ...memoryStorage(),
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
  const store = createDraftStore(() => full);
  store.write(key, { kind: 'missing', comment: 'kept' });
  expect(parseDraft(store.read(key))).toEqual({ kind: 'missing', comment: 'kept' });
  const blocked = createDraftStore(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  blocked.write(key, { comment: 'kept too' });
  expect(parseDraft(blocked.read(key)).comment).toBe('kept too');
});

test('what is stored but is not a draft reads as an empty one', () => {
  expect(parseDraft(null)).toEqual({ comment: '' });
  expect(parseDraft('not json')).toEqual({ comment: '' });
  expect(parseDraft('{"kind":"bogus","comment":42}')).toEqual({ comment: '' });
  expect(parseDraft('{"kind":"outdated","comment":"x"}')).toEqual({
    kind: 'outdated',
    comment: 'x',
  });
});
