import { expect, test } from 'vitest';
import { fieldStamp } from './apply-intent';
import { journalKeyPrefix } from './session-journal';
import { maxNoteLength, type CaseSession } from './session-record';
import { sessionKey } from './session-store';
import { conflictsLostBy, noteDelayMs, retentionMs } from './session-writer';
import type { SessionWriter } from './session-writer-api';
import { FakeBrowser } from './fake-tabs.test-helper';

const init = {
  guideId: 'extension-failures',
  guideVersion: 1,
  stepId: 'collect-manual',
  caseNumber: '2601100070000200',
  answers: { 'log-permission': 'granted', 'collect-asc': 'not-working' },
};

function read(writer: SessionWriter, id: string): CaseSession {
  const found = writer.get(id);
  if (!found.ok) throw new Error(`session ${id}: ${found.reason}`);
  return found.session;
}

const tick = (itemId: string, checked = true) =>
  ({ type: 'checked', checklistId: 'collect-manual', itemId, checked }) as const;

test('a note is kept by a reload right after typing: the page hides, the note is written', async () => {
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  const { session } = tab.start(init);
  tab.editNote(
    session.id,
    'collect-manual',
    'Typed just before the reload',
    fieldStamp(session, 'note:collect-manual'),
  );
  tab.flush(); // pagehide
  tab.dispose();
  const reloaded = browser.openTab('a');
  expect(read(reloaded, session.id).notes['collect-manual']?.text).toBe(
    'Typed just before the reload',
  );
});

test('a note is saved on its own shortly after the typing stops', async () => {
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  const { session } = tab.start(init);
  const base = fieldStamp(session, 'note:collect-manual');
  tab.editNote(session.id, 'collect-manual', 'Wa', base);
  tab.editNote(session.id, 'collect-manual', 'WaAppAgent', base);
  expect(read(tab, session.id).notes['collect-manual']).toBeUndefined();
  browser.advance(noteDelayMs);
  await browser.quiesce();
  expect(read(browser.openTab('b'), session.id).notes['collect-manual']?.text).toBe('WaAppAgent');
});

test('a note over the limit is refused with the limit, and the last saved text stays', async () => {
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  const { session } = tab.start(init);
  const base = fieldStamp(session, 'note:collect-manual');
  tab.editNote(session.id, 'collect-manual', 'Short', base);
  tab.flush();
  expect(tab.editNote(session.id, 'collect-manual', 'x'.repeat(maxNoteLength + 1), base)).toEqual({
    ok: false,
    reason: 'too-long',
    limit: maxNoteLength,
  });
  expect(
    tab.send(session.id, {
      type: 'noted',
      stepId: 'collect-manual',
      text: 'x'.repeat(maxNoteLength + 1),
    }),
  ).toMatchObject({ ok: false, reason: 'too-long' });
  tab.flush();
  expect(read(tab, session.id).notes['collect-manual']?.text).toBe('Short');
});

test('two tabs ticking different items at one moment, each unaware of the other, keep both', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  const b = browser.openTab('b');
  a.send(session.id, tick('1'));
  b.send(session.id, tick('2'));
  await browser.quiesce();
  for (const tab of [a, b, browser.openTab('c')]) {
    expect(Object.keys(read(tab, session.id).checklists['collect-manual'] ?? {}).sort()).toEqual([
      '1',
      '2',
    ]);
  }
});

test('a record written from a lagging view loses nothing: the journals still hold what it missed', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  const b = browser.openTab('b');
  await browser.quiesce();
  // B's view stops seeing A's writes; both write, both fold under the lock from their own view.
  a.send(session.id, tick('1'));
  a.send(session.id, { type: 'renamed', caseNumber: '2601100070000222' });
  for (let i = 0; i < 20; i++) {
    for (const queue of browser.waiting()) browser.runNext(queue);
    await browser.settle();
  }
  b.send(session.id, tick('2'));
  for (let i = 0; i < 20; i++) {
    for (const queue of browser.waiting()) browser.runNext(queue);
    await browser.settle();
  }
  // B wrote a record without A's changes over A's record…
  const stored = JSON.parse(browser.stored().get(sessionKey(session.id))!) as {
    session: CaseSession;
  };
  expect(stored.session.caseNumber).toBe('2601100070000200');
  // …and yet every reader sees both.
  await browser.quiesce();
  for (const tab of [a, b, browser.openTab('c')]) {
    const seen = read(tab, session.id);
    expect(seen.caseNumber).toBe('2601100070000222');
    expect(Object.keys(seen.checklists['collect-manual'] ?? {}).sort()).toEqual(['1', '2']);
  }
});

test('a rename on the home page survives the next change of a tab holding the session', async () => {
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  const { session } = tab.start(init);
  const home = browser.openTab('home');
  home.send(session.id, { type: 'renamed', caseNumber: '2601100070000201' });
  tab.send(session.id, tick('1'));
  await browser.quiesce();
  const seen = read(browser.openTab('c'), session.id);
  expect(seen.caseNumber).toBe('2601100070000201');
  expect(seen.checklists['collect-manual']?.['1']).toBeDefined();
});

test('notes typed in two tabs at once: the later is kept, the tab that lost is told, with its text', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  const b = browser.openTab('b');
  await browser.quiesce();
  const base = fieldStamp(read(a, session.id), 'note:collect-manual');
  a.editNote(session.id, 'collect-manual', 'From A', base);
  b.editNote(session.id, 'collect-manual', 'From B', base);
  a.flush();
  browser.advance(1);
  b.flush();
  await browser.quiesce();
  const seen = read(a, session.id);
  expect(read(b, session.id)).toEqual(seen);
  expect(seen.notes['collect-manual']?.text).toBe('From B');
  expect(conflictsLostBy(seen, a.tabId)).toEqual([
    expect.objectContaining({
      field: 'note',
      stepId: 'collect-manual',
      lost: 'From A',
    }),
  ]);
  expect(conflictsLostBy(seen, b.tabId)).toEqual([]);
});

test('one tab typing a note in several saves is never in conflict with itself', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  const base = fieldStamp(session, 'note:collect-manual');
  for (const text of ['One', 'One two', 'One two three']) {
    a.editNote(session.id, 'collect-manual', text, base);
    browser.advance(noteDelayMs);
    await browser.quiesce();
  }
  const seen = read(a, session.id);
  expect(seen.notes['collect-manual']?.text).toBe('One two three');
  expect(seen.conflicts ?? []).toEqual([]);
});

test('Back three times never removes an answer', async () => {
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  const { session } = tab.start(init);
  tab.send(session.id, {
    type: 'answered',
    stepId: 'collect-manual',
    value: 'collected',
    to: { stepId: 'error-code' },
  });
  for (const stepId of ['collect-manual', 'collect-asc', 'log-permission']) {
    tab.send(session.id, { type: 'moved', to: { stepId } });
  }
  tab.dispose();
  await browser.quiesce();
  const seen = read(browser.openTab('b'), session.id);
  expect(seen.stepId).toBe('log-permission');
  expect(seen.answers).toEqual({ ...init.answers, 'collect-manual': 'collected' });
});

test('a session deleted in another tab is not brought back by a change', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  const home = browser.openTab('home');
  await browser.quiesce();
  expect(home.remove(session.id)).toEqual({ ok: true });
  await browser.quiesce();
  expect(a.send(session.id, tick('1'))).toEqual({ ok: false, reason: 'missing' });
  await browser.quiesce();
  expect([...browser.stored().keys()]).toEqual([]);
});

test('with storage blocked, the writer says so, and the session goes on in the tab', async () => {
  const browser = new FakeBrowser();
  const view = browser.view('a');
  view.failWrites = () => new DOMException('blocked', 'SecurityError');
  const tab = browser.openTab('a');
  expect(tab.storageStatus()).toBe('blocked');
  const started = tab.start(init);
  expect(started.problem).toMatchObject({ reason: 'unavailable' });
  const sent = tab.send(started.session.id, tick('1'));
  expect(sent).toMatchObject({ ok: true, problem: { reason: 'unavailable' } });
  expect(read(tab, started.session.id).checklists['collect-manual']?.['1']).toBeDefined();
  expect(tab.problem(started.session.id)).toMatchObject({ reason: 'unavailable' });
});

test('with storage full, the work waits in the tab and is saved whole once there is room', async () => {
  const browser = new FakeBrowser();
  const view = browser.view('a');
  view.failWrites = () => new DOMException('full', 'QuotaExceededError');
  const tab = browser.openTab('a');
  expect(tab.storageStatus()).toBe('full');
  const { session } = tab.start(init);
  tab.send(session.id, tick('1'));
  tab.send(session.id, { type: 'noted', stepId: 'collect-manual', text: 'Kept meanwhile' });
  expect(tab.problem(session.id)).toMatchObject({ reason: 'quota' });
  view.failWrites = undefined;
  tab.send(session.id, tick('2'));
  expect(tab.problem(session.id)).toBeNull();
  await browser.quiesce();
  const seen = read(browser.openTab('b'), session.id);
  expect(seen.caseNumber).toBe(init.caseNumber);
  expect(Object.keys(seen.checklists['collect-manual'] ?? {}).sort()).toEqual(['1', '2']);
  expect(seen.notes['collect-manual']?.text).toBe('Kept meanwhile');
});

test('without Web Locks or BroadcastChannel, two tabs still keep both changes', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a', { without: ['locks', 'channel'] });
  const { session } = a.start(init);
  const b = browser.openTab('b', { without: ['locks', 'channel'] });
  const changed: string[] = [];
  b.subscribe((id) => changed.push(id));
  a.send(session.id, tick('1'));
  b.send(session.id, tick('2'));
  await browser.quiesce();
  expect(changed).toContain(session.id); // through the storage event
  expect(
    Object.keys(read(browser.openTab('c'), session.id).checklists['collect-manual'] ?? {}).sort(),
  ).toEqual(['1', '2']);
});

test('another tab is told of a change through the channel', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  const b = browser.openTab('b');
  const changed: string[] = [];
  b.subscribe((id) => changed.push(id));
  a.send(session.id, tick('1'));
  browser.runNext('channel:b-2');
  expect(changed).toEqual([session.id]);
});

test('journals are folded into the record, and cleared once every tab has had time to see them', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  const b = browser.openTab('b');
  b.send(session.id, tick('2'));
  b.dispose(); // a closed tab: its journal is left to the others
  a.send(session.id, tick('1'));
  await browser.quiesce();
  const journals = () => [...browser.stored().keys()].filter((k) => k.startsWith(journalKeyPrefix));
  expect(journals()).toHaveLength(2);
  browser.advance(retentionMs + 1000);
  await browser.quiesce();
  expect(journals()).toEqual([]);
  const stored = JSON.parse(browser.stored().get(sessionKey(session.id))!) as {
    session: CaseSession;
  };
  expect(Object.keys(stored.session.checklists['collect-manual'] ?? {}).sort()).toEqual(['1', '2']);
});

test('the journal of a tab still open is not cleared by another tab', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  const b = browser.openTab('b');
  b.send(session.id, tick('2'));
  await browser.quiesce();
  browser.nowMs += retentionMs + 1000; // B's own prune timer has not run yet
  a.send(session.id, tick('1'));
  await browser.quiesce();
  expect(browser.log.filter((w) => w.by === 'a' && w.key.includes(b.tabId))).toEqual([]);
  expect([...browser.stored().keys()].filter((k) => k.includes(b.tabId))).toHaveLength(1);
});

test('the home page list shows each session with every tab’s latest changes', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  a.send(session.id, { type: 'renamed', caseNumber: '2601100070000299' });
  const home = browser.openTab('home');
  const listed = home.list();
  expect(listed.sessions.map((s) => s.caseNumber)).toEqual(['2601100070000299']);
});

test('the list is newest first, a change not yet merged into the record counting', () => {
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  const first = tab.start(init).session;
  browser.advance(1000);
  const second = tab.start(init).session;
  expect(tab.list().sessions.map((s) => s.id)).toEqual([second.id, first.id]);
  browser.advance(1000);
  tab.send(first.id, tick('1'));
  expect(tab.list().sessions.map((s) => s.id)).toEqual([first.id, second.id]);
});
