import { expect, test } from 'vitest';
import { newSession } from './session-record';
import { CURRENT_SCHEMA, serializeSession } from './session-schema';
import { createSessionStore, sessionKey, type StorageLike } from './session-store';

/** A Map-backed `Storage`, with switches to make writes fail. */
class FakeStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failWrites: Error | undefined;
  failReads: Error | undefined;
  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.failReads) throw this.failReads;
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw this.failWrites;
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

function clock(start = Date.parse('2026-01-10T09:00:00.000Z')) {
  let ms = start;
  return () => new Date((ms += 60_000));
}

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

const init = { guideId: 'extension-failures', guideVersion: 1, stepId: 'log-permission' };

test('create, get and list round-trip a session', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  const created = store.create({ ...init, caseNumber: '123', answers: { x: 'y' } });
  expect(created.ok).toBe(true);
  if (!created.ok) return;
  expect(created.session).toMatchObject({
    id: 'id-1',
    revision: 1,
    createdAt: '2026-01-10T09:01:00.000Z',
    caseNumber: '123',
    answers: { x: 'y' },
    timeline: [],
  });
  expect([...storage.map.keys()]).toEqual(['tsg-wizard:session:id-1']);
  expect(store.get('id-1')).toEqual({ ok: true, session: created.session, migrated: false });
  expect(store.get('nope')).toEqual({ ok: false, reason: 'missing' });
  expect(store.list()).toEqual({ sessions: [created.session], unreadable: [] });
});

test('save bumps the revision and writes the whole record in one setItem', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  const created = store.create(init);
  if (!created.ok) throw new Error('setup');
  const writes: string[] = [];
  const setItem = storage.setItem.bind(storage);
  storage.setItem = (key, value) => {
    writes.push(key);
    setItem(key, value);
  };
  const saved = store.save({ ...created.session, stepId: 'collect-asc' }, 1);
  expect(saved).toMatchObject({ ok: true, session: { revision: 2, stepId: 'collect-asc' } });
  expect(writes).toEqual([sessionKey('id-1')]);
});

test('two stores over the same storage detect a conflict and write nothing', () => {
  const storage = new FakeStorage();
  const tabA = createSessionStore(storage, { now: clock(), newId: ids() });
  const tabB = createSessionStore(storage, { now: clock() });
  const created = tabA.create(init);
  if (!created.ok) throw new Error('setup');
  const inB = tabB.get('id-1');
  if (!inB.ok) throw new Error('setup');

  const savedA = tabA.save({ ...created.session, label: 'from A' }, 1);
  expect(savedA).toMatchObject({ ok: true, session: { revision: 2 } });
  const before = storage.map.get(sessionKey('id-1'));

  const savedB = tabB.save({ ...inB.session, label: 'from B' }, inB.session.revision);
  expect(savedB).toMatchObject({ ok: false, reason: 'conflict', current: { label: 'from A' } });
  expect(storage.map.get(sessionKey('id-1'))).toBe(before);

  if (savedB.ok || savedB.reason !== 'conflict') throw new Error('expected a conflict');
  const retried = tabB.save({ ...inB.session, label: 'from B' }, savedB.current.revision);
  expect(retried).toMatchObject({ ok: true, session: { revision: 3, label: 'from B' } });
});

test('a session removed in another tab is not brought back by a save', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  const created = store.create(init);
  if (!created.ok) throw new Error('setup');
  store.remove('id-1');
  expect(store.save(created.session, 1)).toEqual({ ok: false, reason: 'missing' });
  expect(storage.map.size).toBe(0);
});

test('a full storage gives a quota error and leaves the stored data intact', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  const created = store.create(init);
  if (!created.ok) throw new Error('setup');
  const before = new Map(storage.map);
  storage.failWrites = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  expect(store.save({ ...created.session, label: 'big' }, 1)).toMatchObject({
    ok: false,
    reason: 'quota',
  });
  expect(store.create(init)).toMatchObject({ ok: false, reason: 'quota' });
  expect(storage.map).toEqual(before);
  expect(store.get('id-1')).toMatchObject({ ok: true, session: { revision: 1 } });
});

test('a session refused by a full storage is adopted once there is room, and never over a record', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  storage.failWrites = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  expect(store.create(init)).toMatchObject({ ok: false, reason: 'quota' });
  const inTab = newSession(
    { ...init, caseNumber: '42', answers: { 'log-permission': 'granted' } },
    { id: 'tab-only', at: '2026-01-10T08:00:00.000Z', revision: 0 },
  );
  expect(store.adopt(inTab)).toMatchObject({ ok: false, reason: 'quota' });
  expect(storage.map.size).toBe(0);

  storage.failWrites = undefined;
  const adopted = store.adopt(inTab);
  expect(adopted).toMatchObject({ ok: true, session: { id: 'tab-only', revision: 1 } });
  expect(store.get('tab-only')).toMatchObject({
    ok: true,
    session: { caseNumber: '42', answers: { 'log-permission': 'granted' }, revision: 1 },
  });
  expect(store.adopt({ ...inTab, caseNumber: 'other' })).toEqual({ ok: false, reason: 'exists' });
  expect(store.get('tab-only')).toMatchObject({ ok: true, session: { caseNumber: '42' } });
});

test('a blocked storage is unavailable, and nothing throws', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  store.create(init);
  storage.failReads = new DOMException('The operation is insecure.', 'SecurityError');
  storage.failWrites = storage.failReads;
  expect(store.get('id-1')).toMatchObject({ ok: false, reason: 'unavailable' });
  expect(store.create(init)).toMatchObject({ ok: false, reason: 'unavailable' });
  expect(store.list()).toMatchObject({
    sessions: [],
    unavailable: expect.stringContaining('SecurityError'),
  });
  expect(storage.map.size).toBe(1);
});

test('with no storage at all, every call reports it', () => {
  const store = createSessionStore(null, { now: clock(), newId: ids() });
  expect(store.list()).toMatchObject({
    sessions: [],
    unreadable: [],
    unavailable: expect.any(String),
  });
  expect(store.get('x')).toMatchObject({ ok: false, reason: 'unavailable' });
  expect(store.create(init)).toMatchObject({ ok: false, reason: 'unavailable' });
  expect(store.remove('x')).toMatchObject({ ok: false, reason: 'unavailable' });
});

test('list reports unreadable records and leaves them in place', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  const good = store.create(init);
  if (!good.ok) throw new Error('setup');
  storage.map.set(sessionKey('broken'), '{"schema":1,"session":');
  storage.map.set(sessionKey('future'), JSON.stringify({ schema: 99, session: {} }));
  storage.map.set(sessionKey('foreign'), '{"hello":"world"}');
  storage.map.set(sessionKey('moved'), serializeSession({ ...good.session, id: 'other' }));

  const { sessions, unreadable } = store.list();
  expect(sessions.map((s) => s.id)).toEqual(['id-1']);
  expect(unreadable.map((u) => [u.key, u.reason])).toEqual([
    ['tsg-wizard:session:broken', 'corrupt'],
    ['tsg-wizard:session:future', 'future-version'],
    ['tsg-wizard:session:foreign', 'foreign'],
    ['tsg-wizard:session:moved', 'corrupt'],
  ]);
  expect(storage.map.size).toBe(5);
});

test('a future-version record is never overwritten by a save', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  const created = store.create(init);
  if (!created.ok) throw new Error('setup');
  const future = JSON.stringify({
    schema: CURRENT_SCHEMA + 1,
    session: { id: 'id-1', revision: 1 },
  });
  storage.map.set(sessionKey('id-1'), future);
  expect(store.save(created.session, 1)).toMatchObject({ ok: false, reason: 'future-version' });
  expect(storage.map.get(sessionKey('id-1'))).toBe(future);
});

test('removeUnreadable removes only our unreadable records', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  store.create(init);
  storage.map.set(sessionKey('broken'), 'not json');
  storage.map.set('other-app', 'not json');
  expect(store.removeUnreadable('other-app')).toEqual({ ok: false, reason: 'not-ours' });
  expect(store.removeUnreadable(sessionKey('id-1'))).toEqual({ ok: false, reason: 'readable' });
  expect(store.removeUnreadable(sessionKey('broken'))).toEqual({ ok: true });
  expect([...storage.map.keys()].sort()).toEqual(['other-app', sessionKey('id-1')]);
});

test('a migrated record is read and upgraded on its next save', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, {
    now: clock(),
    newId: ids(),
    schema: { unlabelledGuideId: 'extension-failures' },
  });
  const old = {
    schema: 0,
    session: {
      id: 'old',
      revision: 4,
      createdAt: '2025-12-01T10:00:00.000Z',
      updatedAt: '2025-12-01T11:00:00.000Z',
      guideVersion: 1,
      stepId: 'collect-asc',
      answers: { 'log-permission': 'granted' },
      checked: ['asc-report:1'],
      notes: {},
    },
  };
  storage.map.set(sessionKey('old'), JSON.stringify(old));
  const read = store.get('old');
  expect(read).toMatchObject({ ok: true, migrated: true });
  if (!read.ok) return;
  expect(store.save(read.session, 4)).toMatchObject({ ok: true, session: { revision: 5 } });
  expect(JSON.parse(storage.map.get(sessionKey('old'))!)).toMatchObject({
    schema: CURRENT_SCHEMA,
    session: {
      guideId: 'extension-failures',
      checklists: { 'asc-report': { '1': '2025-12-01T11:00:00.000Z' } },
      timeline: [],
    },
  });
});

test('list parses again only the records whose stored text changed', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  store.create(init);
  store.create(init);
  const before = store.list().sessions.find((s) => s.id === 'id-2');
  const first = store.get('id-1');
  if (!first.ok) throw new Error('setup');
  store.save({ ...first.session, label: 'changed' }, 1);
  const again = store.list().sessions;
  // The unchanged record is the same reading; the changed one is read anew.
  expect(again.find((s) => s.id === 'id-2')).toBe(before);
  expect(again.find((s) => s.id === 'id-1')?.label).toBe('changed');
  // A record damaged since is reported, not served from the last reading.
  storage.map.set(sessionKey('id-2'), '{"schema": 2, "session": {}}');
  expect(store.list()).toMatchObject({
    sessions: [{ id: 'id-1' }],
    unreadable: [{ key: sessionKey('id-2'), reason: 'corrupt' }],
  });
});

test('put writes an imported record whole, only over the revision it was compared with', () => {
  const storage = new FakeStorage();
  const store = createSessionStore(storage, { now: clock(), newId: ids() });
  const imported = {
    ...newSession(init, { id: 'from-file', at: '2026-01-01T08:00:00.000Z', revision: 7 }),
  };
  expect(store.put(imported, 3)).toEqual({ ok: false, reason: 'conflict' });
  expect(store.put(imported, null)).toEqual({ ok: true, session: imported });
  // Kept as made: its revision and time.
  expect(store.get('from-file')).toEqual({ ok: true, session: imported, migrated: false });
  const newer = { ...imported, revision: 9, label: 'newer' };
  expect(store.put(newer, null)).toEqual({ ok: false, reason: 'conflict' });
  expect(store.put(newer, 6)).toEqual({ ok: false, reason: 'conflict' });
  expect(store.put(newer, 7)).toEqual({ ok: true, session: newer });
  storage.failWrites = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  expect(store.put({ ...newer, revision: 10 }, 9)).toMatchObject({ ok: false, reason: 'quota' });
  expect(store.get('from-file')).toMatchObject({ ok: true, session: { revision: 9 } });
});
