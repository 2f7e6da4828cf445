import type { AnswerRules } from './apply-intent';
import type { ImportSkipReason } from './import-rules';
import type { CaseSession, SessionInit } from './session-record';
import type { IntentEnvelope, SessionIntent } from './session-intents';
import type { SchemaContext } from './session-schema';
import type {
  GetResult,
  RemoveResult,
  SessionList,
  StorageFailure,
  StorageLike,
} from './session-store';

/** What the one writer (`session-writer.ts`) offers, and what it needs from the browser. */

export interface LocksLike {
  /** `navigator.locks.request(name, callback)`: one holder at a time, across tabs. */
  request(name: string, callback: () => Promise<void> | void): Promise<unknown>;
  /** The names of the locks held now (`navigator.locks.query()`). */
  held(): Promise<string[]>;
}

export interface ChannelLike {
  post(message: WriterMessage): void;
  listen(onMessage: (message: WriterMessage) => void): () => void;
}

export interface TimersLike {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/**
 * Where the writer finds the answer rules of a session's guide: one writer serves the sessions of
 * every guide, and a guide's machine is loaded only when needed.
 */
export interface AnswerRulesSource {
  /** The rules of a guide, if they are at hand now. */
  rulesFor(guideId: string): AnswerRules | undefined;
  /** Loads a guide's rules; rejects when this build does not have the guide. */
  load(guideId: string): Promise<unknown>;
}

export interface WriterEnv {
  /** `localStorage`, or null where it cannot be used. */
  storage: StorageLike | null;
  /** Web Locks, or null: then the record is written at once, unlocked (the journals keep it safe). */
  locks: LocksLike | null;
  /** BroadcastChannel, or null: other tabs then follow through `storage` events alone. */
  channel: ChannelLike | null;
  /** The `storage` event: another tab changed `key` (null: storage cleared). */
  listenStorage: ((onChange: (key: string | null) => void) => () => void) | null;
  now: () => Date;
  /** This writer's id: one per page load. No colon. */
  tabId: string;
  newId: () => string;
  timers: TimersLike;
  /** The answer rules of each session's guide. */
  rules: AnswerRulesSource;
  /** What reading a stored session needs to know about this build's guides. */
  schema?: SchemaContext;
}

export interface WriterMessage {
  type: 'session-changed';
  sessionId: string;
}

export type WriterProblem =
  | StorageFailure
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'corrupt' | 'future-version' | 'foreign'; detail: string };

export type SendResult =
  | {
      ok: true;
      envelope: IntentEnvelope;
      /** The session with this intent (what this tab should show). */
      session: CaseSession;
      /** Set when storage refused: the intent is kept in this tab and written with the next change. */
      problem: StorageFailure | null;
    }
  /**
   * Nothing was sent. `missing`: deleted (in another tab); unreadable: left as it is; a storage
   * failure: the session could not be read at all.
   */
  | WriterProblem
  | { ok: false; reason: 'too-long'; limit: number };

export type NoteResult = { ok: true } | { ok: false; reason: 'too-long'; limit: number };

export type StartResult = {
  ok: true;
  session: CaseSession;
  /** Set when storage refused: the session lives in this tab until storage takes it. */
  problem: StorageFailure | null;
};

/** What importing sessions did, session by session (`importSessions`). */
export interface ImportReport {
  /** Sessions that were not here. */
  added: string[];
  /** Sessions whose copy here was older (see `import-rules.ts`). */
  replaced: string[];
  skipped: { id: string; reason: ImportSkipReason }[];
  /** Set when storage refused a write: the sessions not listed above were not imported. */
  failed: StorageFailure | null;
}

export type StorageStatus = 'ok' | 'blocked' | 'full';

export interface SessionWriter {
  readonly tabId: string;
  /** Every session, each with its journals applied; newest first. */
  list(): SessionList;
  /** One session with its journals applied. */
  get(id: string): GetResult;
  start(init: SessionInit): StartResult;
  /** Sends an intent. `seen`: the stamp of the field as the sender showed it (default: now). */
  send(sessionId: string, intent: SessionIntent, options?: { seen?: string }): SendResult;
  /**
   * A session with an intent applied in memory only, as `send` would apply it: for a tab that
   * keeps showing a session it can no longer store (deleted in another tab, or unreadable).
   * Nothing is stored.
   */
  applyLocally(session: CaseSession, intent: SessionIntent): CaseSession;
  /**
   * A note as typed so far: saved after `noteDelayMs` without typing, or at `flush`. `base` is the
   * note's stamp (`fieldStamp`) when the engineer began typing: a change made in another tab since
   * then is a conflict. A text over the limit is refused, never cut.
   */
  editNote(sessionId: string, stepId: string, text: string, base: string): NoteResult;
  /** Writes every note still waiting (on `pagehide`, and when the page is hidden). */
  flush(): void;
  /** The latest storage problem for a session (null once a write succeeds again). */
  problem(sessionId: string): StorageFailure | null;
  /** Whether this browser lets the guide save anything now. */
  storageStatus(): StorageStatus;
  remove(id: string): RemoveResult;
  removeUnreadable(key: string): RemoveResult;
  clearAll(): { ok: true; removed: number } | StorageFailure;
  /**
   * Stores sessions from an export file (already read and checked, `session-export.ts`), each by
   * the rules of `import-rules.ts`, inside its session's Web Lock. Other tabs are told once all
   * are written.
   */
  importSessions(sessions: readonly CaseSession[]): Promise<ImportReport>;
  /** Called with a session id whenever it may have changed (here or in another tab). */
  subscribe(listener: (sessionId: string) => void): () => void;
  /** Stops listening and releases this tab's locks (notes waiting are flushed first). */
  dispose(): void;
}
