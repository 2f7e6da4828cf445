import { expect, test } from 'vitest';
import { importReportMessage } from './import-report-message';
import type { CaseSession } from './session-record';
import { sessionKey } from './session-store';
import type { SessionWriter } from './session-writer-api';
import { FakeBrowser } from './fake-tabs.test-helper';

const init = {
  guideId: 'extension-failures',
  guideVersion: 1,
  stepId: 'collect-manual',
  caseNumber: '2601100070000300',
  answers: { 'log-permission': 'granted', 'collect-asc': 'not-working' },
};

function read(writer: SessionWriter, id: string): CaseSession {
  const found = writer.get(id);
  if (!found.ok) throw new Error(`session ${id}: ${found.reason}`);
  return found.session;
}

/** Imports in a fake browser, whose locks are granted as its tasks run. */
async function importInto(browser: FakeBrowser, writer: SessionWriter, sessions: CaseSession[]) {
  const report = writer.importSessions(sessions);
  await browser.quiesce();
  return report;
}

/** A session made and changed in one browser, as its export holds it. */
async function exported(renames: string[] = []) {
  const browser = new FakeBrowser();
  const tab = browser.openTab('there');
  const { session } = tab.start(init);
  tab.send(session.id, { type: 'noted', stepId: 'collect-manual', text: 'Logs sent' });
  for (const label of renames) {
    browser.advance(60_000);
    tab.send(session.id, { type: 'renamed', caseNumber: init.caseNumber, label });
  }
  await browser.quiesce();
  return read(tab, session.id);
}

test('sessions not here are imported, listed and told to other tabs', async () => {
  const copy = await exported(['Contoso']);
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  const other = browser.openTab('b');
  const told: string[] = [];
  other.subscribe((id) => told.push(id));
  const report = await importInto(browser, tab, [copy]);
  expect(report).toEqual({ added: [copy.id], replaced: [], skipped: [], failed: null });
  expect(
    other.list().sessions.map((s) => [s.id, s.label, s.notes['collect-manual']?.text]),
  ).toEqual([[copy.id, 'Contoso', 'Logs sent']]);
  expect(told).toContain(copy.id);
  // Kept as it was made: its revision and time.
  expect(read(tab, copy.id)).toMatchObject({ revision: copy.revision, updatedAt: copy.updatedAt });
});

test('importing an older copy over a newer session changes nothing', async () => {
  const older = await exported(['First']);
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  await importInto(browser, tab, [older]);
  browser.advance(3_600_000);
  tab.send(older.id, { type: 'noted', stepId: 'collect-manual', text: 'More found here' });
  await browser.quiesce();
  const before = browser.stored().get(sessionKey(older.id));

  const report = await importInto(browser, tab, [older]);
  expect(report.skipped).toEqual([{ id: older.id, reason: 'newer-here' }]);
  expect(browser.stored().get(sessionKey(older.id))).toBe(before);
  expect(read(tab, older.id).notes['collect-manual']?.text).toBe('More found here');
});

test('the same file imported twice skips every session the second time', async () => {
  const copy = await exported();
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  await importInto(browser, tab, [copy]);
  const again = await importInto(browser, tab, [copy]);
  expect(again).toEqual({
    added: [],
    replaced: [],
    skipped: [{ id: copy.id, reason: 'same-here' }],
    failed: null,
  });
});

test('a newer copy replaces the older one, and a tab that read the old one cannot undo it', async () => {
  const old = await exported();
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  await importInto(browser, tab, [old]);
  const newer = {
    ...old,
    revision: old.revision + 3,
    updatedAt: new Date(Date.parse(old.updatedAt) + 3_600_000).toISOString(),
    label: 'Changed on the other laptop',
  };
  const report = await importInto(browser, tab, [newer]);
  expect(report.replaced).toEqual([old.id]);
  const now = read(browser.openTab('c'), old.id);
  expect(now.label).toBe('Changed on the other laptop');
  expect(now.revision).toBe(newer.revision);

  // A change made here afterwards is applied to the imported copy, by the usual rules.
  browser.advance(60_000);
  tab.send(old.id, { type: 'noted', stepId: 'collect-manual', text: 'After the import' });
  await browser.quiesce();
  expect(read(browser.openTab('d'), old.id)).toMatchObject({
    label: 'Changed on the other laptop',
    notes: { 'collect-manual': { text: 'After the import' } },
  });
});

test('a session of a guide this build does not have is imported and stays listed', async () => {
  const copy = { ...(await exported()), guideId: 'retired-guide' };
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  expect((await importInto(browser, tab, [copy])).added).toEqual([copy.id]);
  expect(tab.list().sessions.map((s) => s.guideId)).toEqual(['retired-guide']);
  tab.send(copy.id, { type: 'renamed', caseNumber: '1', label: 'Renamed' });
  await browser.quiesce();
  expect(read(tab, copy.id).label).toBe('Renamed');
});

test('a damaged record here with the same id is left as it is', async () => {
  const copy = await exported();
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  browser.view('a').setItem(sessionKey(copy.id), '{"schema": 2, "session": {}}');
  const report = await importInto(browser, tab, [copy]);
  expect(report.skipped).toEqual([{ id: copy.id, reason: 'unreadable-here' }]);
  expect(browser.stored().get(sessionKey(copy.id))).toBe('{"schema": 2, "session": {}}');
});

test('a full storage stops the import and says how many were not imported', async () => {
  const first = await exported();
  const second = { ...first, id: 'second' };
  const browser = new FakeBrowser();
  const tab = browser.openTab('a');
  browser.view('a').failWrites = () => new DOMException('full', 'QuotaExceededError');
  const report = await importInto(browser, tab, [first, second]);
  expect(report).toMatchObject({ added: [], failed: { reason: 'quota' } });
  expect(importReportMessage(report, { total: 2, newerSchema: 0, withoutGuide: 0 })).toBe(
    '0 imported. This browser’s storage is full: 2 sessions could not be imported. Delete old sessions to make room, then import the file again.',
  );
});

test('the report says what was imported and why the rest was skipped', () => {
  const failed = null;
  expect(
    importReportMessage(
      {
        added: Array.from({ length: 12 }, (_, i) => `a${i}`),
        replaced: [],
        skipped: [
          { id: 'x', reason: 'newer-here' },
          { id: 'y', reason: 'newer-here' },
          { id: 'z', reason: 'newer-here' },
        ],
        failed,
      },
      { total: 15, newerSchema: 0, withoutGuide: 0 },
    ),
  ).toBe('12 imported, 3 skipped: newer copies are already here.');
  expect(
    importReportMessage(
      {
        added: ['a'],
        replaced: ['b'],
        skipped: [
          { id: 'x', reason: 'same-here' },
          { id: 'y', reason: 'both-changed' },
        ],
        failed,
      },
      { total: 4, newerSchema: 1, withoutGuide: 1 },
    ),
  ).toBe(
    '2 imported (1 of them replaced an older copy here), 2 skipped: 1 because it is already here, unchanged; 1 because it was changed here too since the export, so the copy here is kept. 1 session saved by a newer version of this guide was not imported. 1 session is of a guide this version does not have: listed here, to resume in a version that has it.',
  );
});
