import { expect, test } from 'vitest';
import { journalKeyPrefix } from './session-journal';
import type { CaseSession } from './session-record';
import { parseStoredSession } from './session-schema';
import { sessionKey } from './session-store';
import { retentionMs } from './session-writer';
import type { AnswerRulesSource, SessionWriter } from './session-writer-api';
import { FakeBrowser, testRulesSource } from './fake-tabs.test-helper';

/**
 * One writer serves the sessions of every guide: an answer waits for its guide's rules, a session
 * of a guide this build does not have stays readable, and the journals are cleared only of what
 * the stored record holds.
 */

/** At the Cause 3 step: five answers, the last of which a later change can make no longer apply. */
const init = {
  guideId: 'extension-failures',
  guideVersion: 1,
  stepId: 'cause-msvc-dll-mismatch',
  caseNumber: '2601100070000300',
  answers: {
    'log-permission': 'granted',
    'collect-asc': 'report-ready',
    'error-code': 'extension-installation-failed-com',
    findings: 'install-provider-com-exception',
    'dll-dates': 'differ',
  },
};

const noneFound = {
  type: 'answered',
  stepId: 'findings',
  value: 'none',
  to: { stepId: 'known-issues' },
} as const;

function read(writer: SessionWriter, id: string): CaseSession {
  const found = writer.get(id);
  if (!found.ok) throw new Error(`session ${id}: ${found.reason}`);
  return found.session;
}

function stored(browser: FakeBrowser, id: string): CaseSession {
  const parsed = parseStoredSession(browser.stored().get(sessionKey(id))!);
  if (!parsed.ok) throw new Error(`stored record: ${parsed.reason}`);
  return parsed.session;
}

/** The test guide's rules, loaded only when the test says so. */
function rulesLoadedLater() {
  let release!: () => void;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  let ready = false;
  const source: AnswerRulesSource = {
    rulesFor: (guideId) => (ready ? testRulesSource.rulesFor(guideId) : undefined),
    load: () => loaded.then(() => void (ready = true)),
  };
  return { source, release };
}

test('an answer to a session whose guide has not loaded yet is shown, and written once the guide loads, dropping what no longer applies', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  a.dispose();
  await browser.quiesce();
  const later = rulesLoadedLater();
  const home = browser.openTab('home', { rules: later.source });
  expect(home.send(session.id, noneFound)).toMatchObject({ ok: true });
  await browser.quiesce();
  // Shown with every answer given; the record is not written with answers that may not apply.
  expect(read(home, session.id).answers).toMatchObject({ findings: 'none', 'dll-dates': 'differ' });
  expect(stored(browser, session.id).revision).toBe(session.revision);

  later.release();
  await browser.quiesce();
  for (const seen of [read(home, session.id), stored(browser, session.id)]) {
    expect(seen.answers.findings).toBe('none');
    expect(seen.answers['dll-dates']).toBeUndefined();
    expect(seen.stepId).toBe('known-issues');
  }
});

test('a session of a guide this build does not have is listed and renamed; an answer sent to it stays in its journal', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start({ ...init, guideId: 'retired-guide' });
  a.send(session.id, { type: 'renamed', caseNumber: '2601100070000301' });
  await browser.quiesce();
  expect(stored(browser, session.id).caseNumber).toBe('2601100070000301');
  const listed = browser.openTab('home').list();
  expect(listed.sessions.map((s) => [s.guideId, s.caseNumber])).toEqual([
    ['retired-guide', '2601100070000301'],
  ]);

  a.send(session.id, noneFound);
  for (let i = 0; i < 2; i++) {
    browser.advance(retentionMs + 2000);
    await browser.quiesce();
  }
  expect(read(browser.openTab('b'), session.id).answers.findings).toBe('none');
  expect(stored(browser, session.id).answers.findings).toBe('install-provider-com-exception');
  const journals = [...browser.stored().keys()].filter((k) => k.startsWith(journalKeyPrefix));
  expect(journals).toHaveLength(1);
});

test('a change the record could not take (storage full) stays in the journal past its retention', async () => {
  const browser = new FakeBrowser();
  const view = browser.view('a');
  const a = browser.openTab('a');
  const { session } = a.start(init);
  await browser.quiesce();
  a.send(session.id, { type: 'noted', stepId: 'findings', text: 'COMException 0x80110401' });
  // The journal took it; the record does not, nor anything else from now on.
  view.failWrites = () => new DOMException('full', 'QuotaExceededError');
  await browser.quiesce();
  browser.advance(retentionMs + 2000);
  await browser.quiesce();
  expect(stored(browser, session.id).notes.findings).toBeUndefined();
  expect(read(browser.openTab('b'), session.id).notes.findings?.text).toBe(
    'COMException 0x80110401',
  );
});

test('a tab showing a session it can no longer store changes it in memory, and stores nothing', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  await browser.quiesce();
  const shown = read(a, session.id);
  browser.openTab('home').remove(session.id);
  await browser.quiesce();
  expect(a.get(session.id)).toEqual({ ok: false, reason: 'missing' });
  const writes = browser.log.length;
  const changed = a.applyLocally(shown, {
    type: 'checked',
    checklistId: 'msvc-dll-check',
    itemId: '1',
    checked: true,
  });
  expect(changed.checklists['msvc-dll-check']?.['1']).toBeDefined();
  expect(changed.caseNumber).toBe(init.caseNumber);
  await browser.quiesce();
  expect(browser.log.length).toBe(writes);
});

test('evidence kept on a step is stored with its session, read back after a reload, and removed by null', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const { session } = a.start(init);
  const line = { channel: 'Application', eventId: 4689, text: 'COM+ error' };
  a.send(session.id, {
    type: 'evidence-kept',
    evidenceId: 'line-1',
    stepId: 'findings',
    kind: 'event-log-line',
    data: line,
  });
  a.dispose();
  await browser.quiesce();
  expect(stored(browser, session.id).evidence).toEqual({
    'line-1': { stepId: 'findings', kind: 'event-log-line', data: line, at: expect.any(String) },
  });
  const reloaded = browser.openTab('a');
  expect(read(reloaded, session.id).evidence?.['line-1']?.data).toEqual(line);
  reloaded.send(session.id, {
    type: 'evidence-kept',
    evidenceId: 'line-1',
    stepId: 'findings',
    kind: 'event-log-line',
    data: null,
  });
  await browser.quiesce();
  expect(stored(browser, session.id).evidence).toEqual({});
});

test('clearing all removes every readable session and its journals, and keeps unreadable records', async () => {
  const browser = new FakeBrowser();
  const a = browser.openTab('a');
  const first = a.start(init).session;
  const second = a.start({ ...init, caseNumber: '2601100070000302' }).session;
  a.send(first.id, { type: 'renamed', caseNumber: '2601100070000303' });
  browser.view('a').setItem(sessionKey('from-the-future'), '{"schema":99,"session":{}}');
  await browser.quiesce();
  expect(browser.openTab('home').clearAll()).toEqual({ ok: true, removed: 2 });
  await browser.quiesce();
  expect([...browser.stored().keys()]).toEqual([sessionKey('from-the-future')]);
  expect(a.get(second.id)).toEqual({ ok: false, reason: 'missing' });
});

test('a session saved by the previous version (schema 1) takes changes through the writer and keeps everything', async () => {
  const browser = new FakeBrowser();
  const at = '2026-02-20T10:00:00.000Z';
  const old = {
    id: 'saved-before',
    revision: 4,
    createdAt: at,
    updatedAt: at,
    caseNumber: '2601100010000021',
    guideVersion: 1,
    stepId: 'dll-dates',
    answers: {
      'log-permission': 'granted',
      'collect-asc': 'report-ready',
      'error-code': 'extension-installation-failed-com',
      findings: 'install-provider-com-exception',
    },
    timeline: [{ stepId: 'findings', value: 'install-provider-com-exception', at }],
    checklists: { 'msvc-dll-check': { '1': at } },
    notes: { 'dll-dates': { text: 'Dates differ by three years', updatedAt: at } },
  };
  browser.view('a').setItem(sessionKey(old.id), JSON.stringify({ schema: 1, session: old }));
  const a = browser.openTab('a');
  a.send(old.id, { type: 'moved', to: { stepId: 'collect-asc' } });
  a.send(old.id, { type: 'checked', checklistId: 'msvc-dll-check', itemId: '2', checked: true });
  a.dispose();
  await browser.quiesce();
  const raw = JSON.parse(browser.stored().get(sessionKey(old.id))!) as { schema: number };
  expect(raw.schema).toBe(2);
  const now = stored(browser, old.id);
  expect(now).toMatchObject({
    guideId: 'extension-failures',
    caseNumber: old.caseNumber,
    stepId: 'collect-asc',
    answers: old.answers,
    timeline: old.timeline,
    notes: old.notes,
  });
  expect(Object.keys(now.checklists['msvc-dll-check'] ?? {})).toEqual(['1', '2']);
});
