import { expect, test } from 'vitest';
import { newSession, type CaseSession } from './session-record';
import {
  checksumOf,
  exportFileName,
  exportText,
  maxExportBytes,
  readExport,
} from './session-export';

const context = { unlabelledGuideId: 'extension-failures' };
const now = new Date('2026-03-01T10:00:00.000Z');

function session(id: string, changes = {}) {
  return {
    ...newSession(
      {
        guideId: 'extension-failures',
        guideVersion: 1,
        stepId: 'collect-manual',
        caseNumber: `2601-${id}`,
        answers: { 'log-permission': 'granted' },
        notes: { 'collect-manual': { text: 'Logs sent', updatedAt: '2026-02-01T09:30:00.000Z' } },
      },
      { id, at: '2026-02-01T09:00:00.000Z', revision: 4 },
    ),
    ...changes,
  };
}

/** An export file's text with its sessions replaced (and its checksum made to match). */
function withSessions(sessions: unknown[]): string {
  return JSON.stringify({
    format: 'tsg-wizard-sessions',
    version: 1,
    exportedAt: now.toISOString(),
    sessions,
    checksum: checksumOf(JSON.stringify(sessions)),
  });
}

test('an export reads back as the same sessions', () => {
  const sessions = [session('a'), session('b', { label: 'Contoso', sync: undefined })];
  const text = exportText(sessions, now);
  expect(JSON.parse(text)).toMatchObject({
    format: 'tsg-wizard-sessions',
    version: 1,
    exportedAt: '2026-03-01T10:00:00.000Z',
    sessions: [{ schema: 2 }, { schema: 2 }],
  });
  expect(readExport(text, context)).toEqual({
    ok: true,
    sessions: JSON.parse(JSON.stringify(sessions)),
    newerSchema: 0,
  });
});

test('text that is not JSON (or a binary file) is refused', () => {
  expect(readExport('{"format": "tsg-wizard-sessions",', context)).toEqual({
    ok: false,
    message: 'This file is not an export of case sessions: it is not JSON text.',
  });
  expect(readExport('\u0089PNG\r\n\u001a\n\u0000\u0000', context)).toMatchObject({ ok: false });
});

test('JSON that is not an export of this app is refused', () => {
  for (const text of ['[]', '"text"', '{"sessions": []}', '{"format": "other", "version": 1}']) {
    expect(readExport(text, context)).toEqual({
      ok: false,
      message: 'This file is not an export of case sessions from this guide.',
    });
  }
  expect(readExport('{"format": "tsg-wizard-sessions", "version": 1}', context)).toMatchObject({
    message: 'This export has no list of sessions: it is damaged.',
  });
});

test('an export from a newer export format is refused', () => {
  const text = JSON.stringify({ format: 'tsg-wizard-sessions', version: 2, sessions: [] });
  expect(readExport(text, context)).toMatchObject({
    ok: false,
    message: expect.stringContaining('newer version') as string,
  });
});

test('a file changed after export is refused, even when every record is still valid', () => {
  const file = JSON.parse(exportText([session('a')], now)) as {
    sessions: { session: { caseNumber: string } }[];
  };
  file.sessions[0]!.session.caseNumber = '9999';
  expect(readExport(JSON.stringify(file), context)).toMatchObject({
    ok: false,
    message: expect.stringContaining('changed after it was made') as string,
  });
});

test('one record that cannot be read refuses the whole file', () => {
  const text = withSessions([
    { schema: 2, session: session('a') },
    { schema: 2, session: { ...session('b'), revision: 'many' } },
  ]);
  expect(readExport(text, context)).toEqual({
    ok: false,
    message:
      'Session 2 in this export cannot be read (session.revision is not a whole number of at least 0).',
  });
  expect(readExport(withSessions([{ nonsense: true }]), context)).toMatchObject({ ok: false });
});

test('two records of one session refuse the file', () => {
  const text = withSessions([
    { schema: 2, session: session('a') },
    { schema: 2, session: session('a') },
  ]);
  expect(readExport(text, context)).toMatchObject({
    ok: false,
    message: expect.stringContaining('twice') as string,
  });
});

test('records saved by earlier versions are migrated; those of newer versions are counted', () => {
  const schema1: Partial<CaseSession> = session('old');
  delete schema1.guideId;
  const text = withSessions([
    { schema: 1, session: schema1 },
    { schema: 3, session: { id: 'future' } },
  ]);
  const read = readExport(text, context);
  expect(read).toMatchObject({ ok: true, newerSchema: 1 });
  expect(read.ok && read.sessions.map((s) => [s.id, s.guideId])).toEqual([
    ['old', 'extension-failures'],
  ]);
  // With no guide here to claim a schema-1 session, it cannot be read: the file is refused.
  expect(readExport(text, {})).toMatchObject({ ok: false });
});

test('a session of a guide this build does not have is read (the writer keeps it listed)', () => {
  const text = exportText([session('x', { guideId: 'retired-guide' })], now);
  const read = readExport(text, context);
  expect(read.ok && read.sessions[0]?.guideId).toBe('retired-guide');
});

test('a huge file is refused before it is parsed', () => {
  expect(readExport(' '.repeat(maxExportBytes + 1), context)).toMatchObject({
    ok: false,
    message: 'This file is far larger than any export of case sessions.',
  });
});

test('the file is named by date, and by case for one session', () => {
  expect(exportFileName([session('a'), session('b')], now)).toBe('case-sessions-2026-03-01.json');
  expect(exportFileName([session('a', { caseNumber: '2601 / 77' })], now)).toBe(
    'case-session-2601-77-2026-03-01.json',
  );
});
