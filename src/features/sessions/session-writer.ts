import { foldIntents, latestStamp, seenBy, type AnswerRules } from './apply-intent';
import { importDecision, replacementRecord } from './import-rules';
import { maxNoteLength, newSession, type CaseSession } from './session-record';
import type { IntentEnvelope, SessionIntent } from './session-intents';
import {
  journalKey,
  journalKeyPrefix,
  journalSessionId,
  parseJournal,
  serializeJournal,
} from './session-journal';
import { laterStamp, nextStamp, noStamp, stampTime } from './session-stamp';
import {
  attemptStorage,
  createSessionStore,
  noStorage,
  sessionKey,
  sessionKeyPrefix,
  type GetResult,
  type RemoveResult,
  type StorageFailure,
  type StorageLike,
} from './session-store';
import type { ImportReport, SendResult, SessionWriter, WriterEnv } from './session-writer-api';

/**
 * The one writer of case sessions. Screens, the home page and other tabs never write a record:
 * they send intents (`session-intents.ts`), and the writer owns every record.
 *
 * How a change is kept, whatever other tabs do at the same moment:
 *
 * 1. An intent is stamped (`session-stamp.ts`) and appended to this tab's journal, a storage key
 *    that only this tab writes: one synchronous `setItem`, so it is kept even when the tab closes
 *    right after, and no other tab can overwrite it.
 * 2. Every reader (this tab, other tabs, the home page) sees a session as its record with every
 *    journal's intents applied in stamp order (`foldIntents`): the same intents give the same
 *    session everywhere.
 * 3. Then, inside a Web Lock per session, the writer folds the journals into the record, writes
 *    it (`revision` + 1), and tells other tabs (BroadcastChannel; they also get `storage` events).
 *    Journal entries stay until they are older than `retentionMs` and folded: a tab whose view of
 *    storage lagged (Chromium gives no tab a fresh read of another tab's keys, even inside a lock)
 *    can write an older record, and the journals still hold what it missed.
 *
 * Nothing here throws for storage: a full or blocked storage is reported and the work is kept in
 * memory, written again with the next change.
 *
 * One writer serves the sessions of every guide. An answer needs its guide's rules (which answers
 * no longer apply); a guide not loaded yet is loaded first, and until then the session is shown
 * with every answer given and its record is not written. A session of a guide this build does not
 * have stays readable, listed and renameable; answers sent to it by another build stay in their
 * journal.
 */

/** How long a folded journal entry is kept: far longer than any tab's view of storage lags. */
export const retentionMs = 60_000;
/** Without Web Locks, a journal untouched this long belongs to a closed tab. */
export const deadAfterMs = 24 * 60 * 60_000;
/** A note is saved this long after the last keystroke. */
export const noteDelayMs = 300;

/** Every answer given, none dropped: how a session is shown until its guide's rules are loaded. */
const keepEvery: AnswerRules = { settle: (answers) => answers };

/** Whether these intents hold an answer not yet in the session's record. */
function answersWaiting(session: CaseSession, envelopes: readonly IntentEnvelope[]): boolean {
  const folded = session.sync?.folded ?? {};
  return envelopes.some((e) => e.intent.type === 'answered' && e.seq > (folded[e.tab] ?? 0));
}

const lockName = (sessionId: string) => `tsg-wizard:session:${sessionId}`;
const tabLockName = (tab: string) => `tsg-wizard:tab:${tab}`;
const probeKey = 'tsg-wizard:probe';

interface PendingNote {
  sessionId: string;
  stepId: string;
  text: string;
  base: string;
  timer: unknown;
}

export function createSessionWriter(env: WriterEnv): SessionWriter {
  const { storage, tabId } = env;
  const store = createSessionStore(storage, {
    schema: env.schema,
    now: env.now,
    newId: env.newId,
  });
  /** This tab's journal per session: the stored copy, plus what storage refused so far. */
  const own = new Map<string, IntentEnvelope[]>();
  /** Sessions storage refused to create: they live here until `adopt` succeeds. */
  const unstored = new Map<string, CaseSession>();
  const problems = new Map<string, StorageFailure>();
  const pending = new Map<string, PendingNote>();
  /** Per note being typed: the base the typing began from, and this tab's last save of it. */
  const chains = new Map<string, { base: string; last: string }>();
  const listeners = new Set<(sessionId: string) => void>();
  const compacting = new Map<string, { again: boolean }>();
  const pruneTimers = new Map<string, unknown>();
  /** Guide id → the sessions waiting for its rules to load. */
  const waitingForRules = new Map<string, Set<string>>();
  /** Guides whose rules could not be loaded (not in this build). */
  const withoutRules = new Set<string>();
  let seq = 0;
  let clock = noStamp;
  let disposed = false;

  const attempt = <T>(run: (s: StorageLike) => T) => attemptStorage(storage, run);

  function notify(sessionId: string) {
    for (const listener of [...listeners]) listener(sessionId);
  }

  function tell(sessionId: string) {
    try {
      env.channel?.post({ type: 'session-changed', sessionId });
    } catch {
      // Other tabs still get the `storage` event.
    }
  }

  function setProblem(sessionId: string, problem: StorageFailure | null) {
    if (problem) problems.set(sessionId, problem);
    else problems.delete(sessionId);
  }

  /** Loads a guide's rules, then shows and writes the sessions that waited for them. */
  function awaitRules(guideId: string, sessionId: string) {
    if (withoutRules.has(guideId)) return;
    const waiting = waitingForRules.get(guideId);
    if (waiting) {
      waiting.add(sessionId);
      return;
    }
    waitingForRules.set(guideId, new Set([sessionId]));
    env.rules.load(guideId).then(
      () => {
        const ids = waitingForRules.get(guideId) ?? new Set<string>();
        waitingForRules.delete(guideId);
        for (const id of ids) {
          notify(id);
          compact(id);
        }
      },
      () => {
        waitingForRules.delete(guideId);
        withoutRules.add(guideId);
      },
    );
  }

  /** The rules for folding these intents into a session, or undefined while they are loading. */
  function rulesFor(
    session: CaseSession,
    envelopes: readonly IntentEnvelope[],
  ): AnswerRules | undefined {
    const rules = env.rules.rulesFor(session.guideId);
    if (rules) return rules;
    if (answersWaiting(session, envelopes)) {
      awaitRules(session.guideId, session.id);
      return undefined;
    }
    return keepEvery; // No answer to apply: no rule needed.
  }

  /** A session with intents applied, as every tab shows it. */
  function fold(session: CaseSession, envelopes: readonly IntentEnvelope[]): CaseSession {
    return foldIntents(session, envelopes, rulesFor(session, envelopes) ?? keepEvery);
  }

  /** Every stored journal, by session id. */
  function storedJournals(): Map<
    string,
    { key: string; tab: string; entries: IntentEnvelope[] }[]
  > {
    const found = new Map<string, { key: string; tab: string; entries: IntentEnvelope[] }[]>();
    const read = attempt((s) => {
      const rows: { key: string; raw: string | null }[] = [];
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key?.startsWith(journalKeyPrefix)) rows.push({ key, raw: s.getItem(key) });
      }
      return rows;
    });
    if (!read.ok) return found;
    for (const { key, raw } of read.value) {
      const journal = raw === null ? undefined : parseJournal(raw);
      if (!journal || journalKey(journal.session, journal.tab) !== key) continue;
      const list = found.get(journal.session) ?? [];
      list.push({ key, tab: journal.tab, entries: journal.entries });
      found.set(journal.session, list);
    }
    return found;
  }

  /** Every intent known for a session: all stored journals, and this tab's own. */
  function intentsOf(sessionId: string, journals = storedJournals()): IntentEnvelope[] {
    const stored = (journals.get(sessionId) ?? []).flatMap((j) => j.entries);
    return [...stored, ...(own.get(sessionId) ?? [])];
  }

  function baseOf(sessionId: string): GetResult {
    const found = store.get(sessionId);
    // A session this tab could not store (storage full or blocked) is this tab's to show.
    const kept = unstored.get(sessionId);
    if (!found.ok && kept && ['missing', 'unavailable', 'quota'].includes(found.reason)) {
      return { ok: true, session: kept, migrated: false };
    }
    return found;
  }

  function view(sessionId: string, journals?: ReturnType<typeof storedJournals>): GetResult {
    const base = baseOf(sessionId);
    if (!base.ok) return base;
    const session = fold(base.session, intentsOf(sessionId, journals));
    return { ...base, session };
  }

  /** Writes this tab's journal for a session (or removes it once empty). */
  function writeOwn(sessionId: string): StorageFailure | null {
    const entries = own.get(sessionId) ?? [];
    const key = journalKey(sessionId, tabId);
    const done = attempt((s) => {
      if (entries.length === 0) s.removeItem(key);
      else s.setItem(key, serializeJournal({ session: sessionId, tab: tabId, entries }));
    });
    return done.ok ? null : done;
  }

  /** A session whose record was deleted (in another tab): keep nothing of it, bring nothing back. */
  function forgetIfDeleted(sessionId: string) {
    if (unstored.has(sessionId) || !own.has(sessionId)) return;
    own.delete(sessionId);
    writeOwn(sessionId);
  }

  /** A session storage refused at `start`: store it now if there is room. */
  function adoptIfUnstored(sessionId: string): StorageFailure | null {
    const kept = unstored.get(sessionId);
    if (!kept) return null;
    const adopted = store.adopt(kept);
    if (adopted.ok || adopted.reason === 'exists') {
      unstored.delete(sessionId);
      return null;
    }
    return adopted;
  }

  function schedulePrune(sessionId: string) {
    if (pruneTimers.has(sessionId) || !(own.get(sessionId)?.length ?? 0)) return;
    pruneTimers.set(
      sessionId,
      env.timers.set(() => {
        pruneTimers.delete(sessionId);
        compact(sessionId);
      }, retentionMs + 1000),
    );
  }

  /** Whether a journal's tab is gone (closed or reloaded), so any tab may clear it once folded. */
  async function deadTabs(tabs: string[]): Promise<Set<string>> {
    if (!env.locks) return new Set();
    try {
      const held = new Set(await env.locks.held());
      return new Set(tabs.filter((tab) => !held.has(tabLockName(tab))));
    } catch {
      return new Set();
    }
  }

  /** Folds the journals into the record and clears what every tab has had time to see. */
  async function compactNow(sessionId: string) {
    const journals = storedJournals();
    const stored = store.get(sessionId);
    if (!stored.ok) {
      if (stored.reason === 'missing') forgetIfDeleted(sessionId);
      return;
    }
    const base = stored.session;
    const intents = intentsOf(sessionId, journals);
    const rules = rulesFor(base, intents);
    // Never write answers that may no longer apply: wait for the guide's rules.
    if (!rules) return;
    const folded = foldIntents(base, intents, rules);
    /** The record as stored now: only what it holds may be cleared from the journals. */
    let written = base;
    if (folded !== base) {
      const saved = store.save(folded, base.revision);
      if (saved.ok) {
        written = saved.session;
      } else if (saved.reason === 'conflict') {
        const entry = compacting.get(sessionId);
        if (entry) entry.again = true;
      } else if (saved.reason === 'quota' || saved.reason === 'unavailable') {
        setProblem(sessionId, saved);
      }
    }
    const watermark = written.sync?.folded ?? {};
    const old = new Date(env.now().getTime() - retentionMs).toISOString();
    const mine = own.get(sessionId) ?? [];
    const kept = mine.filter((e) => e.seq > (watermark[tabId] ?? 0) || stampTime(e.stamp) > old);
    if (kept.length !== mine.length) {
      own.set(sessionId, kept);
      const problem = writeOwn(sessionId);
      if (problem) setProblem(sessionId, problem);
    }
    const others = (journals.get(sessionId) ?? []).filter((j) => j.tab !== tabId);
    const done = others.filter((j) =>
      j.entries.every((e) => e.seq <= (watermark[j.tab] ?? 0) && stampTime(e.stamp) <= old),
    );
    if (done.length > 0) {
      const dead = await deadTabs(done.map((j) => j.tab));
      const longAgo = new Date(env.now().getTime() - deadAfterMs).toISOString();
      for (const journal of done) {
        const newest = journal.entries.reduce((t, e) => laterStamp(t, stampTime(e.stamp)), '');
        if (dead.has(journal.tab) || (!env.locks && newest <= longAgo)) {
          attempt((s) => s.removeItem(journal.key));
        }
      }
    }
    schedulePrune(sessionId);
    if (folded !== base) {
      notify(sessionId);
      tell(sessionId);
    }
  }

  function compact(sessionId: string) {
    if (disposed || !storage) return;
    const running = compacting.get(sessionId);
    if (running) {
      running.again = true;
      return;
    }
    const entry = { again: false };
    compacting.set(sessionId, entry);
    const run = async () => {
      do {
        entry.again = false;
        await compactNow(sessionId);
      } while (entry.again && !disposed);
    };
    const finish = () => compacting.delete(sessionId);
    if (env.locks) {
      env.locks.request(lockName(sessionId), run).then(finish, finish);
    } else {
      run().then(finish, finish);
    }
  }

  function send(
    sessionId: string,
    intent: SessionIntent,
    options: { seen?: string } = {},
  ): SendResult {
    if (intent.type === 'noted' && intent.text.length > maxNoteLength) {
      return { ok: false, reason: 'too-long', limit: maxNoteLength };
    }
    const current = view(sessionId);
    if (!current.ok) return current;
    const envelope = stamped(current.session, intent, options.seen);
    own.set(sessionId, [...(own.get(sessionId) ?? []), envelope]);
    const problem = adoptIfUnstored(sessionId) ?? writeOwn(sessionId);
    setProblem(sessionId, problem);
    notify(sessionId);
    tell(sessionId);
    compact(sessionId);
    return { ok: true, envelope, session: fold(current.session, [envelope]), problem };
  }

  /** A stamped envelope for an intent, as this tab sends it after seeing `session`. */
  function stamped(session: CaseSession, intent: SessionIntent, seen?: string): IntentEnvelope {
    clock = nextStamp(laterStamp(clock, latestStamp(session)), env.now(), tabId);
    return { tab: tabId, seq: ++seq, stamp: clock, seen: seen ?? seenBy(session, intent), intent };
  }

  function saveNote(key: string) {
    const note = pending.get(key);
    if (!note) return;
    env.timers.clear(note.timer);
    pending.delete(key);
    const chain = chains.get(key);
    const seen = chain && chain.base === note.base ? chain.last : note.base;
    const sent = send(
      note.sessionId,
      { type: 'noted', stepId: note.stepId, text: note.text },
      { seen },
    );
    if (sent.ok) chains.set(key, { base: note.base, last: sent.envelope.stamp });
  }

  function flush() {
    for (const key of [...pending.keys()]) saveNote(key);
  }

  /** Removes a session, its journals and anything waiting for it. */
  function remove(id: string): RemoveResult {
    for (const key of [...pending.keys()]) if (key.startsWith(`${id}\n`)) pending.delete(key);
    own.delete(id);
    unstored.delete(id);
    const keys = attempt((s) => {
      const found: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key !== null && journalSessionId(key) === id) found.push(key);
      }
      return found;
    });
    // The record first: a tab that sees its journal go then knows the session is gone.
    const removed = store.remove(id);
    if (keys.ok) for (const key of keys.value) attempt((s) => s.removeItem(key));
    notify(id);
    tell(id);
    return removed;
  }

  type ImportOutcome =
    | { done: 'added' | 'replaced' }
    | { done: 'skipped'; reason: ImportReport['skipped'][number]['reason'] }
    | { done: 'failed'; failure: StorageFailure };

  /** One imported session, by the rules of `import-rules.ts` (inside its lock, when there are locks). */
  function importOne(incoming: CaseSession): ImportOutcome {
    // A tab whose view lagged may write between our read and our write: read again and retry.
    for (let tries = 0; tries < 5; tries++) {
      const stored = store.get(incoming.id);
      if (!stored.ok && (stored.reason === 'unavailable' || stored.reason === 'quota')) {
        return { done: 'failed', failure: stored };
      }
      if (!stored.ok && stored.reason !== 'missing') {
        return { done: 'skipped', reason: 'unreadable-here' };
      }
      const here = stored.ok ? view(incoming.id) : undefined;
      const decision = importDecision(here?.ok ? here.session : undefined, incoming);
      if (decision.action === 'skip') return { done: 'skipped', reason: decision.reason };
      const record = stored.ok ? replacementRecord(stored.session, incoming) : incoming;
      const put = store.put(record, stored.ok ? stored.session.revision : null);
      if (put.ok) return { done: decision.action === 'add' ? 'added' : 'replaced' };
      if (put.reason === 'unavailable' || put.reason === 'quota') {
        return { done: 'failed', failure: put };
      }
      if (put.reason !== 'conflict') return { done: 'skipped', reason: 'unreadable-here' };
    }
    return { done: 'skipped', reason: 'both-changed' };
  }

  async function importSessions(sessions: readonly CaseSession[]): Promise<ImportReport> {
    const report: ImportReport = { added: [], replaced: [], skipped: [], failed: null };
    if (!storage) return { ...report, failed: noStorage };
    for (const incoming of sessions) {
      const result: { outcome?: ImportOutcome } = {};
      const run = () => {
        result.outcome = importOne(incoming);
      };
      if (env.locks) await env.locks.request(lockName(incoming.id), run);
      else run();
      const outcome = result.outcome ?? importOne(incoming);
      if (outcome.done === 'failed') {
        report.failed = outcome.failure;
        break;
      }
      if (outcome.done === 'skipped')
        report.skipped.push({ id: incoming.id, reason: outcome.reason });
      else report[outcome.done].push(incoming.id);
    }
    // Told once all are written: a list re-reads once, not once per session.
    for (const id of [...report.added, ...report.replaced]) {
      notify(id);
      tell(id);
    }
    return report;
  }

  const onStorage = (key: string | null) => {
    if (key === null) {
      for (const id of own.keys()) notify(id);
      return;
    }
    const sessionId = key.startsWith(sessionKeyPrefix)
      ? key.slice(sessionKeyPrefix.length)
      : journalSessionId(key);
    if (sessionId === undefined) return;
    const recordGone = attempt((s) => s.getItem(sessionKey(sessionId)) === null);
    if (recordGone.ok && recordGone.value) {
      forgetIfDeleted(sessionId);
    } else if (key === journalKey(sessionId, tabId) && (own.get(sessionId)?.length ?? 0) > 0) {
      // Our journal cleared by a tab that took us for closed: write it again.
      const stored = attempt((s) => s.getItem(key));
      if (stored.ok && stored.value === null) writeOwn(sessionId);
    }
    notify(sessionId);
  };
  const stopStorage = env.listenStorage?.(onStorage);
  const stopChannel = env.channel?.listen((message) => {
    if (message.type === 'session-changed') notify(message.sessionId);
  });

  // Held while this tab lives: other tabs read it to tell a closed tab's journal from ours.
  let releaseTabLock: (() => void) | undefined;
  env.locks
    ?.request(
      tabLockName(tabId),
      () =>
        new Promise<void>((resolve) => {
          releaseTabLock = resolve;
          if (disposed) resolve();
        }),
    )
    .catch(() => undefined);

  return {
    tabId,

    list() {
      const listed = store.list();
      if (listed.unavailable) return listed;
      const journals = storedJournals();
      // Newest first (the journals' changes count): sorted once, here.
      const sessions = listed.sessions
        .map((session) => fold(session, intentsOf(session.id, journals)))
        .map((session) => ({ session, ms: Date.parse(session.updatedAt) }))
        .sort((a, b) => b.ms - a.ms || a.session.id.localeCompare(b.session.id))
        .map(({ session }) => session);
      return { ...listed, sessions };
    },

    get: (id) => view(id),

    start(init) {
      const created = store.create(init);
      if (created.ok) {
        setProblem(created.session.id, null);
        return { ok: true, session: created.session, problem: null };
      }
      const session = newSession(init, {
        id: env.newId(),
        at: env.now().toISOString(),
        revision: 0,
      });
      unstored.set(session.id, session);
      setProblem(session.id, created);
      return { ok: true, session, problem: created };
    },

    send,

    applyLocally: (session, intent) => fold(session, [stamped(session, intent)]),

    editNote(sessionId, stepId, text, base) {
      if (text.length > maxNoteLength) {
        return { ok: false, reason: 'too-long', limit: maxNoteLength };
      }
      const key = `${sessionId}\n${stepId}`;
      const waiting = pending.get(key);
      if (waiting) env.timers.clear(waiting.timer);
      pending.set(key, {
        sessionId,
        stepId,
        text,
        base,
        timer: env.timers.set(() => saveNote(key), noteDelayMs),
      });
      return { ok: true };
    },

    flush,

    problem: (sessionId) => problems.get(sessionId) ?? null,

    storageStatus() {
      const probe = attempt((s) => {
        s.setItem(probeKey, '1');
        s.removeItem(probeKey);
      });
      if (probe.ok) return 'ok';
      return probe.reason === 'quota' ? 'full' : 'blocked';
    },

    remove,

    removeUnreadable(key) {
      const removed = store.removeUnreadable(key);
      if (removed.ok) notify(key.slice(sessionKeyPrefix.length));
      return removed;
    },

    clearAll() {
      // Every session that can be read; unreadable records are kept until deleted on purpose.
      const listed = store.list();
      if (listed.unavailable)
        return { ok: false, reason: 'unavailable', error: listed.unavailable };
      for (const { id } of listed.sessions) {
        const removed = remove(id);
        if (!removed.ok && 'error' in removed) return removed;
      }
      return { ok: true, removed: listed.sessions.length };
    },

    importSessions,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    dispose() {
      flush();
      disposed = true;
      for (const timer of pruneTimers.values()) env.timers.clear(timer);
      stopStorage?.();
      stopChannel?.();
      releaseTabLock?.();
      listeners.clear();
    },
  };
}

/** The conflicts in which this tab's text was not kept: what it must show, with that text. */
export function conflictsLostBy(session: CaseSession, tab: string) {
  return (session.conflicts ?? []).filter((c) => c.lostBy === tab);
}
