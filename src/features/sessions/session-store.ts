import { newSession, type CaseSession, type SessionInit } from './session-record';
import {
  parseStoredSession,
  serializeSession,
  type ParseResult,
  type SchemaContext,
  type UnreadableReason,
} from './session-schema';

/**
 * Case session records in a `Storage` (the app's is `window.localStorage`), one whole record per
 * key: a write is a single `setItem`, never a partial one. Nothing here throws: a storage that is
 * missing, blocked or full gives a result saying so, and nothing already stored is ever removed
 * except by an explicit `remove` or `removeUnreadable`.
 *
 * The one writer (`session-writer.ts`) is this store's only user: nothing else writes a record.
 * Saves are optimistic: the caller says which revision its copy was based on, and the save is
 * refused (`conflict`, with the stored record) when another tab has written since. The check and
 * the write are two calls, and a tab's view of storage may lag another tab's writes, so two tabs
 * can still race here: the writer's journals are what keep every change (ADR 006).
 */

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export const sessionKeyPrefix = 'tsg-wizard:session:';

export function sessionKey(id: string): string {
  return `${sessionKeyPrefix}${id}`;
}

export interface StorageFailure {
  ok: false;
  reason: 'unavailable' | 'quota';
  error: string;
}

export interface UnreadableRecord {
  key: string;
  reason: UnreadableReason;
  detail: string;
}

export type GetResult =
  | { ok: true; session: CaseSession; migrated: boolean }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: UnreadableReason; detail: string }
  | StorageFailure;

export type SaveResult =
  | { ok: true; session: CaseSession }
  | { ok: false; reason: 'conflict'; current: CaseSession }
  /** The record was removed (in another tab): saving does not bring it back. */
  | { ok: false; reason: 'missing' }
  /** The stored record cannot be read: it is left as it is, not overwritten. */
  | { ok: false; reason: UnreadableReason; detail: string }
  | StorageFailure;

export type CreateResult = { ok: true; session: CaseSession } | StorageFailure;

export type AdoptResult =
  | CreateResult
  /** A record with this id is already stored: it is left as it is. */
  | { ok: false; reason: 'exists' };

/**
 * An imported record written whole. `conflict`: the stored record is not the one the caller
 * compared with (another tab wrote meanwhile); nothing was written.
 */
export type PutResult =
  | { ok: true; session: CaseSession }
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: UnreadableReason; detail: string }
  | StorageFailure;

export type RemoveResult =
  { ok: true } | { ok: false; reason: 'not-ours' | 'readable' } | StorageFailure;

export interface SessionList {
  /** Newest `updatedAt` first from the writer (the store's own list is in storage order). */
  sessions: CaseSession[];
  /** Records under our keys that cannot be read. They stay stored until removed explicitly. */
  unreadable: UnreadableRecord[];
  /** Set when the storage could not be read at all. */
  unavailable?: string;
}

export interface SessionStore {
  list(): SessionList;
  get(id: string): GetResult;
  create(init: SessionInit): CreateResult;
  /** Stores, as revision 1, a session that so far lived only in a tab (storage refused it). */
  adopt(session: CaseSession): AdoptResult;
  save(session: CaseSession, expectedRevision: number): SaveResult;
  /**
   * Writes a whole record as given (an import): only when the stored record's revision is still
   * `expectedRevision` (null: no record stored). Its `updatedAt` and `revision` are kept.
   */
  put(session: CaseSession, expectedRevision: number | null): PutResult;
  remove(id: string): RemoveResult;
  removeUnreadable(key: string): RemoveResult;
}

type Attempt<T> = { ok: true; value: T } | StorageFailure;

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** No storage at all (private browsing, storage blocked). */
export const noStorage: StorageFailure = {
  ok: false,
  reason: 'unavailable',
  error: 'No storage in this browser',
};

/**
 * Runs `run` on the storage: its value, or why the storage refused (none, full, or an error), for
 * the store and the writer alike.
 */
export function attemptStorage<T>(
  storage: StorageLike | null,
  run: (s: StorageLike) => T,
): Attempt<T> {
  if (!storage) return noStorage;
  try {
    return { ok: true, value: run(storage) };
  } catch (error) {
    return {
      ok: false,
      reason: isQuotaError(error) ? 'quota' : 'unavailable',
      error: describe(error),
    };
  }
}

export function createSessionStore(
  storage: StorageLike | null,
  {
    schema = {},
    now = () => new Date(),
    newId = () => crypto.randomUUID(),
  }: { schema?: SchemaContext; now?: () => Date; newId?: () => string } = {},
): SessionStore {
  const attempt = <T>(run: (s: StorageLike) => T) => attemptStorage(storage, run);

  function ourKeys(s: StorageLike): string[] {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(sessionKeyPrefix)) keys.push(key);
    }
    return keys;
  }

  /** Reads and checks one record; a record whose id is not its key's is corrupt. */
  function read(key: string, raw: string): ParseResult {
    const parsed = parseStoredSession(raw, schema);
    if (parsed.ok && sessionKey(parsed.session.id) !== key) {
      return { ok: false, reason: 'corrupt', detail: "the record's id does not match its key" };
    }
    return parsed;
  }

  /**
   * The last reading of each record, by key: `list` parses again only the records whose stored
   * text changed since, so a list re-read after one change costs one parse, not one per session.
   */
  const readings = new Map<string, { raw: string; result: ParseResult }>();

  function readCached(key: string, raw: string): ParseResult {
    const cached = readings.get(key);
    if (cached && cached.raw === raw) return cached.result;
    const result = read(key, raw);
    readings.set(key, { raw, result });
    return result;
  }

  function write(session: CaseSession): CreateResult {
    const done = attempt((s) => s.setItem(sessionKey(session.id), serializeSession(session)));
    return done.ok ? { ok: true, session } : done;
  }

  return {
    list() {
      const found = attempt((s) => ourKeys(s).map((key) => ({ key, raw: s.getItem(key) })));
      if (!found.ok) return { sessions: [], unreadable: [], unavailable: found.error };
      const sessions: CaseSession[] = [];
      const unreadable: UnreadableRecord[] = [];
      const seen = new Set<string>();
      for (const { key, raw } of found.value) {
        if (raw === null) continue; // removed meanwhile
        seen.add(key);
        const result = readCached(key, raw);
        if (result.ok) sessions.push(result.session);
        else unreadable.push({ key, reason: result.reason, detail: result.detail });
      }
      for (const key of readings.keys()) if (!seen.has(key)) readings.delete(key);
      return { sessions, unreadable };
    },

    get(id) {
      const key = sessionKey(id);
      const raw = attempt((s) => s.getItem(key));
      if (!raw.ok) return raw;
      return raw.value === null ? { ok: false, reason: 'missing' } : read(key, raw.value);
    },

    create(init) {
      const session = newSession(init, { id: newId(), at: now().toISOString(), revision: 1 });
      return write(session);
    },

    adopt(session) {
      const key = sessionKey(session.id);
      const raw = attempt((s) => s.getItem(key));
      if (!raw.ok) return raw;
      if (raw.value !== null) return { ok: false, reason: 'exists' };
      return write({ ...session, revision: 1, updatedAt: now().toISOString() });
    },

    save(session, expectedRevision) {
      const key = sessionKey(session.id);
      const raw = attempt((s) => s.getItem(key));
      if (!raw.ok) return raw;
      if (raw.value === null) return { ok: false, reason: 'missing' };
      const stored = read(key, raw.value);
      if (!stored.ok) return stored;
      if (stored.session.revision !== expectedRevision) {
        return { ok: false, reason: 'conflict', current: stored.session };
      }
      return write({ ...session, revision: expectedRevision + 1, updatedAt: now().toISOString() });
    },

    put(session, expectedRevision) {
      const key = sessionKey(session.id);
      const raw = attempt((s) => s.getItem(key));
      if (!raw.ok) return raw;
      if (raw.value === null) {
        if (expectedRevision !== null) return { ok: false, reason: 'conflict' };
      } else {
        const stored = read(key, raw.value);
        if (!stored.ok) return stored;
        if (stored.session.revision !== expectedRevision) return { ok: false, reason: 'conflict' };
      }
      return write(session);
    },

    remove(id) {
      const done = attempt((s) => s.removeItem(sessionKey(id)));
      return done.ok ? { ok: true } : done;
    },

    removeUnreadable(key) {
      if (!key.startsWith(sessionKeyPrefix)) return { ok: false, reason: 'not-ours' };
      const raw = attempt((s) => s.getItem(key));
      if (!raw.ok) return raw;
      if (raw.value !== null && read(key, raw.value).ok) return { ok: false, reason: 'readable' };
      const done = attempt((s) => s.removeItem(key));
      return done.ok ? { ok: true } : done;
    },
  };
}
