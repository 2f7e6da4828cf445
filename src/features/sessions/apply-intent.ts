import {
  maxCaseNumberLength,
  maxConflicts,
  maxLabelLength,
  type CaseNames,
  type CaseSession,
  type KeptEvidence,
  type SessionConflict,
  type TimelineEntry,
  type WriterBookkeeping,
} from './session-record';
import { fieldOf, type IntentEnvelope, type Position, type SessionIntent } from './session-intents';
import { laterStamp, noStamp, stampTab, stampTime } from './session-stamp';

/**
 * How intents change a case session: pure, and the same for every tab, so that every tab that
 * reads the same intents computes the same record. Intents are applied in stamp order; each
 * field keeps the stamp of its last change, so an intent that arrives late (its tab's change was
 * read after a later one) is judged by its stamp, not by when it arrived.
 *
 * The rules, per field, are ADR 006's table ("Rules per field, by intent and time",
 * docs/decisions/006-one-writer-per-session.md), stated there only; `apply-intent.test.ts` checks
 * each of them.
 */

export type Answers = Readonly<Record<string, string>>;

export interface AnswerRules {
  /** The answers that still apply (the guide's `settleAnswers(answers).kept`). */
  settle(answers: Answers): Answers;
}

/** The bookkeeping of a record, with defaults for one the one writer has not touched yet. */
export function bookkeeping(session: CaseSession): WriterBookkeeping {
  return session.sync ?? { stamps: {}, folded: {}, startAnswers: { ...session.answers } };
}

/** The stamp of a field's last change (`fieldOf`), or `noStamp`. */
export function fieldStamp(session: CaseSession, field: string): string {
  return session.sync?.stamps[field] ?? noStamp;
}

/** The stamp of the field an intent changes, as `session` has it: what to send as `seen`. */
export function seenBy(session: CaseSession, intent: SessionIntent): string {
  const field = fieldOf(intent);
  return field === undefined ? noStamp : fieldStamp(session, field);
}

/** The latest stamp a record holds: a tab's next stamp must be later. */
export function latestStamp(session: CaseSession): string {
  let latest = noStamp;
  for (const stamp of Object.values(session.sync?.stamps ?? {})) latest = laterStamp(latest, stamp);
  for (const entry of session.timeline) latest = laterStamp(latest, entry.stamp ?? noStamp);
  return latest;
}

/** Case number and label as `rename` stores them: trimmed, cut to length, blank removed. */
export function normalNames(names: CaseNames): CaseNames {
  const caseNumber = names.caseNumber?.trim().slice(0, maxCaseNumberLength);
  const label = names.label?.trim().slice(0, maxLabelLength);
  return { ...(caseNumber ? { caseNumber } : {}), ...(label ? { label } : {}) };
}

function sameNames(a: CaseNames, b: CaseNames): boolean {
  return a.caseNumber === b.caseNumber && a.label === b.label;
}

/** Timeline order: stamped entries by stamp; older unstamped ones by their time, first. */
function orderKey(entry: TimelineEntry): string {
  if (entry.stamp !== undefined) return entry.stamp;
  const ms = Date.parse(entry.at);
  return `${Number.isNaN(ms) ? '' : new Date(ms).toISOString()}|`;
}

/** The current answers: the start answers, then every stamped timeline entry in stamp order. */
export function answersOf(
  startAnswers: Answers,
  timeline: readonly TimelineEntry[],
  rules: AnswerRules,
): Record<string, string> {
  let answers: Answers = startAnswers;
  for (const entry of timeline) {
    if (entry.stamp !== undefined) {
      answers = rules.settle({ ...answers, [entry.stepId]: entry.value });
    }
  }
  return { ...answers };
}

/** A copy of a record with `key` set to `value`, or without `key` when `value` is undefined. */
function setOrOmit<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T | undefined,
): Record<string, T> {
  const copy = Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
  if (value !== undefined) copy[key] = value;
  return copy;
}

/** A record being changed: copies of everything an intent may change. */
interface Work {
  session: CaseSession;
  sync: WriterBookkeeping;
  conflicts: SessionConflict[];
  answered: boolean;
  /** The stamps the intents being applied had seen: a change another one saw is not lost. */
  seenByOthers: ReadonlySet<string>;
}

function moveTo(work: Work, to: Position, stamp: string) {
  if (stamp <= (work.sync.stamps.position ?? noStamp)) return;
  work.session.stepId = to.stepId;
  if (to.returnTo) work.session.returnTo = to.returnTo;
  else delete work.session.returnTo;
  work.sync.stamps.position = stamp;
}

/**
 * Records the text a change did not keep. A conflict is the losing change alone (its text, stamp,
 * time and tab), so it reads the same whichever of the two changes was applied first; conflicts
 * are kept in stamp order, the latest `maxConflicts`.
 */
function conflict(work: Work, found: SessionConflict) {
  if (work.conflicts.some((c) => c.stamp === found.stamp && c.field === found.field)) return;
  work.conflicts.push(found);
}

/** One intent; its envelope has not been applied to this record before. */
function applyOne(work: Work, envelope: IntentEnvelope) {
  const { intent, stamp, seen } = envelope;
  const at = stampTime(stamp);
  const { session, sync } = work;
  const field = fieldOf(intent);
  const current = field === undefined ? noStamp : (sync.stamps[field] ?? noStamp);
  const later = stamp > current;
  const concurrent = seen !== current;
  if (at > session.updatedAt) session.updatedAt = at;

  if (intent.type === 'noted' || intent.type === 'renamed') {
    // A change made seeing text that had lost: that text is not lost any more, it was built on.
    work.conflicts = work.conflicts.filter((c) => c.stamp !== seen);
  }

  switch (intent.type) {
    case 'answered': {
      if (!session.timeline.some((entry) => entry.stamp === stamp)) {
        session.timeline = [
          ...session.timeline,
          { stepId: intent.stepId, value: intent.value, at, stamp },
        ];
        work.answered = true;
      }
      moveTo(work, intent.to, stamp);
      return;
    }
    case 'moved':
      moveTo(work, intent.to, stamp);
      return;
    case 'checked': {
      if (!later) return;
      const list = setOrOmit(
        session.checklists[intent.checklistId] ?? {},
        intent.itemId,
        intent.checked ? at : undefined,
      );
      session.checklists = setOrOmit(
        session.checklists,
        intent.checklistId,
        Object.keys(list).length > 0 ? list : undefined,
      );
      sync.stamps[field!] = stamp;
      return;
    }
    case 'noted': {
      const before = session.notes[intent.stepId]?.text ?? '';
      const text = intent.text;
      if (!later) {
        // Arrived after a later text. Unless a later change was made seeing it, it is kept.
        if (text.trim() !== '' && text !== before && !work.seenByOthers.has(stamp)) {
          conflict(work, {
            field: 'note',
            stepId: intent.stepId,
            lost: text,
            lostBy: envelope.tab,
            stamp,
            at,
          });
        }
        return;
      }
      if (concurrent && before.trim() !== '' && before !== text) {
        conflict(work, {
          field: 'note',
          stepId: intent.stepId,
          lost: before,
          lostBy: stampTab(current),
          stamp: current,
          at: stampTime(current),
        });
      }
      session.notes = setOrOmit(
        session.notes,
        intent.stepId,
        text.trim() !== '' ? { text, updatedAt: at } : undefined,
      );
      sync.stamps[field!] = stamp;
      return;
    }
    case 'renamed': {
      const names = normalNames(intent);
      const before = normalNames(session);
      const blank = names.caseNumber === undefined && names.label === undefined;
      if (!later) {
        if (!blank && !sameNames(names, before) && !work.seenByOthers.has(stamp)) {
          conflict(work, {
            field: 'name',
            lost: names,
            lostBy: envelope.tab,
            stamp,
            at,
          });
        }
        return;
      }
      const hadNames = before.caseNumber !== undefined || before.label !== undefined;
      if (concurrent && hadNames && !sameNames(names, before)) {
        conflict(work, {
          field: 'name',
          lost: before,
          lostBy: stampTab(current),
          stamp: current,
          at: stampTime(current),
        });
      }
      delete session.caseNumber;
      delete session.label;
      if (names.caseNumber !== undefined) session.caseNumber = names.caseNumber;
      if (names.label !== undefined) session.label = names.label;
      sync.stamps[field!] = stamp;
      return;
    }
    case 'evidence-kept': {
      if (!later) return;
      session.evidence = setOrOmit<KeptEvidence>(
        session.evidence ?? {},
        intent.evidenceId,
        intent.data === null
          ? undefined
          : { stepId: intent.stepId, kind: intent.kind, data: intent.data, at },
      );
      sync.stamps[field!] = stamp;
      return;
    }
  }
}

/**
 * Applies the intents not yet in `session` (per tab, those after `sync.folded[tab]`), in stamp
 * order. Intents already applied are skipped, so folding the same intents twice changes nothing.
 * `revision` is left alone: the store bumps it when it writes.
 */
export function foldIntents(
  session: CaseSession,
  envelopes: readonly IntentEnvelope[],
  rules: AnswerRules,
): CaseSession {
  const start = bookkeeping(session);
  const seen = new Set<string>();
  const fresh = envelopes
    .filter((e) => {
      const key = `${e.tab}\n${e.seq}`;
      if (seen.has(key) || e.seq <= (start.folded[e.tab] ?? 0)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0));
  if (fresh.length === 0) return session;

  const work: Work = {
    session: { ...session },
    sync: {
      stamps: { ...start.stamps },
      folded: { ...start.folded },
      startAnswers: { ...start.startAnswers },
    },
    conflicts: [...(session.conflicts ?? [])],
    answered: false,
    seenByOthers: new Set(fresh.map((e) => e.seen)),
  };
  for (const envelope of fresh) {
    applyOne(work, envelope);
    work.sync.folded[envelope.tab] = Math.max(work.sync.folded[envelope.tab] ?? 0, envelope.seq);
  }
  const result = work.session;
  if (work.answered) {
    result.timeline = [...result.timeline].sort((a, b) => {
      const [x, y] = [orderKey(a), orderKey(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    result.answers = answersOf(work.sync.startAnswers, result.timeline, rules);
  }
  if (work.conflicts.length > 0) {
    result.conflicts = work.conflicts
      .sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0))
      .slice(-maxConflicts);
  }
  result.sync = work.sync;
  return result;
}
