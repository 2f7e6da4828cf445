import {
  maxCaseNumberLength,
  maxConflicts,
  maxLabelLength,
  maxNoteLength,
  type CaseNames,
  type CaseSession,
  type JsonValue,
  type KeptEvidence,
  type SessionConflict,
  type StepNote,
  type TimelineEntry,
  type WriterBookkeeping,
} from './session-record';

/**
 * The stored form of a case session, `{ schema, session }`, and how to read it back. Anything
 * read from storage is untrusted: every field is checked, unknown fields are dropped, and older
 * schemas are migrated one version at a time.
 *
 * Schema 0 (the first draft): like schema 1, but checked items were a flat list
 * `checked: ["checklistId:itemId", …]` with no times, and there was no `timeline`.
 * Schema 1: like schema 2, but with no `guideId`: the app had one guide. Such sessions belong to
 * the guide that says so (`GuideManifest.ownsUnlabelledSessions`).
 * Schema 2 also has the one writer's optional fields (`sync`, `conflicts`, `evidence`, timeline
 * `stamp`s, see `session-writer.ts`); a record without them (every record written before the one
 * writer) is read as it is, and gets them with its next change.
 */

export const CURRENT_SCHEMA = 2;

/** What reading a stored session needs to know about the guides this build has. */
export interface SchemaContext {
  /** The guide that sessions saved before sessions recorded their guide belong to. */
  unlabelledGuideId?: string;
}

export interface StoredSession {
  schema: typeof CURRENT_SCHEMA;
  session: CaseSession;
}

export type UnreadableReason = 'corrupt' | 'future-version' | 'foreign';

export type ParseResult =
  | { ok: true; session: CaseSession; migrated: boolean }
  | { ok: false; reason: UnreadableReason; detail: string };

class Invalid extends Error {}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(obj: Json, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function str(obj: Json, key: string, path: string): string {
  const value = field(obj, key);
  if (typeof value !== 'string') throw new Invalid(`${path}${key} is not a string`);
  return value;
}

function optionalStr(obj: Json, key: string, path: string, max: number): string | undefined {
  if (field(obj, key) === undefined) return undefined;
  return str(obj, key, path).slice(0, max);
}

function time(obj: Json, key: string, path: string): string {
  const value = str(obj, key, path);
  if (Number.isNaN(Date.parse(value))) throw new Invalid(`${path}${key} is not a time`);
  return value;
}

function count(obj: Json, key: string, path: string, min: number): number {
  const value = field(obj, key);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new Invalid(`${path}${key} is not a whole number of at least ${min}`);
  }
  return value;
}

function record(obj: Json, key: string, path: string): Json {
  const value = field(obj, key);
  if (!isRecord(value)) throw new Invalid(`${path}${key} is not an object`);
  return value;
}

/** A record whose values all pass `read`; built with `Object.fromEntries`, so no key is special. */
function mapValues<T>(obj: Json, read: (value: unknown, path: string) => T, path: string) {
  return Object.fromEntries(
    Object.entries(obj).map(([key, value]) => [key, read(value, `${path}.${key}`)]),
  );
}

function asString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new Invalid(`${path} is not a string`);
  return value;
}

function asTime(value: unknown, path: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new Invalid(`${path} is not a time`);
  }
  return value;
}

function asNote(value: unknown, path: string): StepNote {
  if (!isRecord(value)) throw new Invalid(`${path} is not an object`);
  return {
    text: str(value, 'text', `${path}.`).slice(0, maxNoteLength),
    updatedAt: time(value, 'updatedAt', `${path}.`),
  };
}

function asTimeline(value: unknown): TimelineEntry[] {
  if (!Array.isArray(value)) throw new Invalid('session.timeline is not a list');
  return value.map((entry: unknown, i) => {
    const path = `session.timeline[${i}].`;
    if (!isRecord(entry)) throw new Invalid(`${path.slice(0, -1)} is not an object`);
    const read: TimelineEntry = {
      stepId: str(entry, 'stepId', path),
      value: str(entry, 'value', path),
      at: time(entry, 'at', path),
    };
    const stamp = optionalStr(entry, 'stamp', path, Infinity);
    if (stamp !== undefined) read.stamp = stamp;
    return read;
  });
}

function asNames(value: unknown, path: string): CaseNames {
  if (!isRecord(value)) throw new Invalid(`${path} is not an object`);
  const caseNumber = optionalStr(value, 'caseNumber', `${path}.`, maxCaseNumberLength);
  const label = optionalStr(value, 'label', `${path}.`, maxLabelLength);
  return {
    ...(caseNumber !== undefined ? { caseNumber } : {}),
    ...(label !== undefined ? { label } : {}),
  };
}

function asConflict(value: unknown, path: string): SessionConflict {
  if (!isRecord(value)) throw new Invalid(`${path} is not an object`);
  const p = `${path}.`;
  const common = {
    stamp: str(value, 'stamp', p),
    at: time(value, 'at', p),
    lostBy: str(value, 'lostBy', p),
  };
  const kind = field(value, 'field');
  if (kind === 'note') {
    return {
      ...common,
      field: 'note',
      stepId: str(value, 'stepId', p),
      lost: str(value, 'lost', p).slice(0, maxNoteLength),
    };
  }
  if (kind === 'name') {
    return {
      ...common,
      field: 'name',
      lost: asNames(field(value, 'lost'), `${p}lost`),
    };
  }
  throw new Invalid(`${p}field is not "note" or "name"`);
}

function asEvidence(value: unknown, path: string): KeptEvidence {
  if (!isRecord(value)) throw new Invalid(`${path} is not an object`);
  const p = `${path}.`;
  if (!Object.hasOwn(value, 'data')) throw new Invalid(`${p}data is missing`);
  return {
    stepId: str(value, 'stepId', p),
    kind: str(value, 'kind', p),
    // Parsed from JSON, so it is JSON; its meaning is for the log analyzer to check.
    data: value.data as JsonValue,
    at: time(value, 'at', p),
  };
}

function asCount(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Invalid(`${path} is not a whole number of at least 0`);
  }
  return value;
}

function asBookkeeping(value: unknown): WriterBookkeeping {
  if (!isRecord(value)) throw new Invalid('session.sync is not an object');
  const p = 'session.sync.';
  return {
    stamps: mapValues(record(value, 'stamps', p), asString, `${p}stamps`),
    folded: mapValues(record(value, 'folded', p), asCount, `${p}folded`),
    startAnswers: mapValues(record(value, 'startAnswers', p), asString, `${p}startAnswers`),
  };
}

/** Checks a current-schema session, keeping only the fields it knows. Throws `Invalid`. */
function readSession(value: unknown): CaseSession {
  if (!isRecord(value)) throw new Invalid('session is not an object');
  const p = 'session.';
  const session: CaseSession = {
    id: str(value, 'id', p),
    revision: count(value, 'revision', p, 0),
    createdAt: time(value, 'createdAt', p),
    updatedAt: time(value, 'updatedAt', p),
    guideId: str(value, 'guideId', p),
    guideVersion: count(value, 'guideVersion', p, 1),
    stepId: str(value, 'stepId', p),
    answers: mapValues(record(value, 'answers', p), asString, 'session.answers'),
    timeline: asTimeline(field(value, 'timeline')),
    checklists: mapValues(
      record(value, 'checklists', p),
      (items, path) => {
        if (!isRecord(items)) throw new Invalid(`${path} is not an object`);
        return mapValues(items, asTime, path);
      },
      'session.checklists',
    ),
    notes: mapValues(record(value, 'notes', p), asNote, 'session.notes'),
  };
  if (session.id === '') throw new Invalid('session.id is empty');
  if (session.guideId === '') throw new Invalid('session.guideId is empty');
  const caseNumber = optionalStr(value, 'caseNumber', p, maxCaseNumberLength);
  const label = optionalStr(value, 'label', p, maxLabelLength);
  const returnTo = optionalStr(value, 'returnTo', p, Infinity);
  if (caseNumber !== undefined) session.caseNumber = caseNumber;
  if (label !== undefined) session.label = label;
  if (returnTo !== undefined) session.returnTo = returnTo;
  if (field(value, 'evidence') !== undefined) {
    session.evidence = mapValues(record(value, 'evidence', p), asEvidence, 'session.evidence');
  }
  const conflicts = field(value, 'conflicts');
  if (conflicts !== undefined) {
    if (!Array.isArray(conflicts)) throw new Invalid('session.conflicts is not a list');
    session.conflicts = conflicts
      .map((c: unknown, i) => asConflict(c, `session.conflicts[${i}]`))
      .slice(-maxConflicts);
  }
  if (field(value, 'sync') !== undefined) session.sync = asBookkeeping(field(value, 'sync'));
  return session;
}

/** Schema 0 → 1: checked items get the session's `updatedAt` as their time; the timeline starts empty. */
function migrate0to1(old: unknown): unknown {
  if (!isRecord(old) || !isRecord(old.session)) throw new Invalid('session is not an object');
  const { checked, ...session } = old.session;
  if (!Array.isArray(checked)) throw new Invalid('session.checked is not a list');
  const checkedAt = str(session, 'updatedAt', 'session.');
  const checklists: Record<string, Record<string, string>> = {};
  checked.forEach((entry: unknown, i) => {
    const sep = typeof entry === 'string' ? entry.indexOf(':') : -1;
    if (typeof entry !== 'string' || sep <= 0 || sep === entry.length - 1) {
      throw new Invalid(`session.checked[${i}] is not "checklistId:itemId"`);
    }
    const list = (checklists[entry.slice(0, sep)] ??= {});
    list[entry.slice(sep + 1)] = checkedAt;
  });
  return { schema: 1, session: { ...session, checklists, timeline: [] } };
}

/** Schema 1 → 2: the session belongs to the guide that owns unlabelled sessions. */
function migrate1to2(old: unknown, context: SchemaContext): unknown {
  if (!isRecord(old) || !isRecord(old.session)) throw new Invalid('session is not an object');
  if (!context.unlabelledGuideId) {
    throw new Invalid('saved before sessions recorded their guide, and no guide here claims it');
  }
  return { schema: 2, session: { ...old.session, guideId: context.unlabelledGuideId } };
}

/** Schema N → N + 1. Each takes and returns the whole stored object. */
export const migrations: Record<number, (old: unknown, context: SchemaContext) => unknown> = {
  0: migrate0to1,
  1: migrate1to2,
};

export function serializeSession(session: CaseSession): string {
  const stored: StoredSession = { schema: CURRENT_SCHEMA, session };
  return JSON.stringify(stored);
}

export function parseStoredSession(raw: string, context: SchemaContext = {}): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: `not JSON: ${String(error)}` };
  }
  const schema = isRecord(data) ? data.schema : undefined;
  if (
    !isRecord(data) ||
    !Object.hasOwn(data, 'session') ||
    typeof schema !== 'number' ||
    !Number.isSafeInteger(schema) ||
    schema < 0
  ) {
    return { ok: false, reason: 'foreign', detail: 'not a stored case session' };
  }
  if (schema > CURRENT_SCHEMA) {
    return {
      ok: false,
      reason: 'future-version',
      detail: `saved by a newer version of this app (schema ${schema}; this app reads up to ${CURRENT_SCHEMA})`,
    };
  }
  try {
    let current: unknown = data;
    for (let version = schema; version < CURRENT_SCHEMA; version++) {
      const migrate = migrations[version];
      if (!migrate) throw new Invalid(`no migration from schema ${version}`);
      current = migrate(current, context);
    }
    const session = readSession(isRecord(current) ? current.session : undefined);
    return { ok: true, session, migrated: schema < CURRENT_SCHEMA };
  } catch (error) {
    // `Invalid` names the bad field; anything else is still a record this app cannot read.
    return {
      ok: false,
      reason: 'corrupt',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
