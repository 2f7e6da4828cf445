import { expect, test } from 'vitest';
import { maxNoteLength, type CaseSession } from './session-record';
import { CURRENT_SCHEMA, migrations, parseStoredSession, serializeSession } from './session-schema';

const t0 = '2026-01-10T09:00:00.000Z';
const t1 = '2026-01-10T09:05:00.000Z';

const session: CaseSession = {
  id: '7f1c2b1e-0000-4000-8000-000000000001',
  revision: 2,
  createdAt: t0,
  updatedAt: t1,
  caseNumber: '2601100010001234',
  label: 'SQL VM',
  guideId: 'extension-failures',
  guideVersion: 1,
  stepId: 'collect-asc',
  answers: { 'log-permission': 'granted' },
  returnTo: 'findings',
  timeline: [{ stepId: 'log-permission', value: 'granted', at: t1 }],
  checklists: { 'asc-report': { '1': t1 } },
  notes: { 'log-permission': { text: 'Granted on the case.', updatedAt: t1 } },
};

function stored(patch: Record<string, unknown>, schema: number = CURRENT_SCHEMA): string {
  return JSON.stringify({ schema, session: { ...session, ...patch } });
}

test('a session round-trips through its stored form', () => {
  expect(parseStoredSession(serializeSession(session))).toEqual({
    ok: true,
    session,
    migrated: false,
  });
});

test('a minimal session, without the optional fields, is read', () => {
  const minimal: CaseSession = { ...session };
  delete minimal.caseNumber;
  delete minimal.label;
  delete minimal.returnTo;
  const result = parseStoredSession(JSON.stringify({ schema: CURRENT_SCHEMA, session: minimal }));
  expect(result).toEqual({ ok: true, session: minimal, migrated: false });
});

test('text that is not JSON is corrupt', () => {
  const result = parseStoredSession('{"schema":1,"session":{');
  expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
});

test.each([
  [{ revision: '2' }, 'session.revision'],
  [{ revision: -1 }, 'session.revision'],
  [{ guideVersion: 1.5 }, 'session.guideVersion'],
  [{ id: '' }, 'session.id'],
  [{ updatedAt: 'yesterday' }, 'session.updatedAt'],
  [{ caseNumber: 1234 }, 'session.caseNumber'],
  [{ answers: { 'log-permission': true } }, 'session.answers.log-permission'],
  [{ answers: ['granted'] }, 'session.answers'],
  [{ timeline: {} }, 'session.timeline'],
  [{ timeline: [{ stepId: 'x', value: 1, at: t0 }] }, 'session.timeline[0].value'],
  [{ checklists: { 'asc-report': { '1': true } } }, 'session.checklists.asc-report.1'],
  [{ checklists: { 'asc-report': ['1'] } }, 'session.checklists.asc-report'],
  [{ notes: { findings: 'text' } }, 'session.notes.findings'],
  [{ notes: { findings: { text: 'x' } } }, 'session.notes.findings.updatedAt'],
  [{ stepId: undefined }, 'session.stepId'],
  [{ guideId: 7 }, 'session.guideId'],
  [{ guideId: '' }, 'session.guideId'],
])('a field of the wrong type is corrupt: %j', (patch, field) => {
  const result = parseStoredSession(stored(patch));
  expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
  expect(!result.ok && result.detail).toContain(field);
});

test('unknown fields are dropped and note texts are clamped', () => {
  const result = parseStoredSession(
    stored({
      extra: 'dropped',
      notes: { findings: { text: 'x'.repeat(maxNoteLength + 5), updatedAt: t1, color: 'red' } },
    }),
  );
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.session).not.toHaveProperty('extra');
  expect(result.session.notes.findings).toEqual({ text: 'x'.repeat(maxNoteLength), updatedAt: t1 });
});

test('a "__proto__" key stays a plain key', () => {
  const raw = `{"schema":${CURRENT_SCHEMA},"session":${JSON.stringify(session).replace(
    '"answers":{',
    '"answers":{"__proto__":"polluted",',
  )}}`;
  const result = parseStoredSession(raw);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(Object.getPrototypeOf(result.session.answers)).toBe(Object.prototype);
  expect(Object.hasOwn(result.session.answers, '__proto__')).toBe(true);
});

test('a record from a newer schema is reported, not read', () => {
  const result = parseStoredSession(stored({}, CURRENT_SCHEMA + 1));
  expect(result).toMatchObject({ ok: false, reason: 'future-version' });
});

test.each([
  '[1,2]',
  '"hello"',
  'null',
  '{"theme":"dark"}',
  '{"schema":"1","session":{}}',
  '{"schema":-1,"session":{}}',
])('JSON that is not ours is foreign: %s', (raw) => {
  expect(parseStoredSession(raw)).toMatchObject({ ok: false, reason: 'foreign' });
});

/** What a guide that owns the sessions saved before sessions recorded their guide says. */
const context = { unlabelledGuideId: 'extension-failures' };

test('schema 0 migrates: checked items take updatedAt, the timeline starts empty', () => {
  const rest: Partial<CaseSession> = { ...session };
  delete rest.checklists;
  delete rest.timeline;
  delete rest.guideId;
  const old = {
    schema: 0,
    session: {
      ...rest,
      checked: ['msvc-dll-remediation:1', 'msvc-dll-remediation:3', 'asc-report:2'],
    },
  };
  const result = parseStoredSession(JSON.stringify(old), context);
  expect(result).toEqual({
    ok: true,
    migrated: true,
    session: {
      ...rest,
      guideId: 'extension-failures',
      timeline: [],
      checklists: {
        'msvc-dll-remediation': { '1': t1, '3': t1 },
        'asc-report': { '2': t1 },
      },
    },
  });
  expect(Object.keys(migrations).map(Number)).toEqual([0, 1]);
});

test('a malformed schema 0 record is corrupt', () => {
  const bad = { schema: 0, session: { ...session, checked: ['no-separator'] } };
  expect(parseStoredSession(JSON.stringify(bad))).toMatchObject({ ok: false, reason: 'corrupt' });
  const missing = { schema: 0, session: { ...session } };
  expect(parseStoredSession(JSON.stringify(missing))).toMatchObject({
    ok: false,
    reason: 'corrupt',
  });
});

/** A record exactly as the previous version of the app (schema 1, one guide) stored it. */
const savedBySchema1 = JSON.stringify({
  schema: 1,
  session: {
    id: '7f1c2b1e-0000-4000-8000-000000000002',
    revision: 5,
    createdAt: t0,
    updatedAt: t1,
    caseNumber: '2601100010000042',
    guideVersion: 1,
    stepId: 'dll-dates',
    answers: {
      'log-permission': 'granted',
      'collect-asc': 'report-ready',
      'error-code': 'extension-installation-failed-com',
      findings: 'install-provider-com-exception',
    },
    timeline: [{ stepId: 'findings', value: 'install-provider-com-exception', at: t1 }],
    checklists: { 'msvc-dll-check': { '1': t1 } },
    notes: { findings: { text: 'COMException in IaaSBcdrExtension.log', updatedAt: t1 } },
  },
});

test('schema 1 migrates: a session saved before sessions recorded their guide keeps everything and gets its guide', () => {
  const result = parseStoredSession(savedBySchema1, context);
  expect(result.ok && result.migrated).toBe(true);
  if (!result.ok) return;
  const old = JSON.parse(savedBySchema1).session;
  expect(result.session).toEqual({ ...old, guideId: 'extension-failures' });
});

test('schema 1 with no guide claiming it is reported as unreadable, never dropped', () => {
  const result = parseStoredSession(savedBySchema1);
  expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
  expect(!result.ok && result.detail).toContain('no guide here claims it');
});

const withWriterFields: CaseSession = {
  ...session,
  timeline: [{ stepId: 'log-permission', value: 'granted', at: t1, stamp: `${t1}|000000|tab-a` }],
  evidence: {
    'line-1': { stepId: 'findings', kind: 'event-log-line', data: { eventId: 4689 }, at: t1 },
  },
  conflicts: [
    {
      field: 'note',
      stepId: 'log-permission',
      lost: 'Lost text',
      lostBy: 'tab-b',
      stamp: `${t0}|000000|tab-b`,
      at: t0,
    },
    {
      field: 'name',
      lost: { label: 'Old' },
      lostBy: 'tab-a',
      stamp: `${t0}|000001|tab-a`,
      at: t0,
    },
  ],
  sync: {
    stamps: { 'note:log-permission': `${t1}|000000|tab-a` },
    folded: { 'tab-a': 3 },
    startAnswers: {},
  },
};

test('the one writer’s fields round-trip through the stored form', () => {
  expect(parseStoredSession(serializeSession(withWriterFields))).toEqual({
    ok: true,
    session: withWriterFields,
    migrated: false,
  });
});

test.each([
  [{ sync: { stamps: {}, folded: { a: -1 }, startAnswers: {} } }, 'session.sync.folded.a'],
  [{ sync: { stamps: {}, folded: {} } }, 'session.sync.startAnswers'],
  [{ conflicts: {} }, 'session.conflicts'],
  [
    { conflicts: [{ field: 'tick', stamp: 's', at: t0, lostBy: 'a' }] },
    'session.conflicts[0].field',
  ],
  [{ evidence: { x: { stepId: 's', kind: 'k', at: t0 } } }, 'session.evidence.x.data'],
  [{ timeline: [{ stepId: 'x', value: 'v', at: t0, stamp: 1 }] }, 'session.timeline[0].stamp'],
])('a bad writer field is reported by name: %o', (patch, name) => {
  const result = parseStoredSession(stored(patch));
  expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
  expect(result.ok ? '' : result.detail).toContain(name);
});
