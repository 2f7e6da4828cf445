/**
 * A case session: one engineer's record of one support case, kept in the browser. This module
 * holds its shape and the pure edits made to it. Every helper returns a new object and leaves
 * `revision` alone: the store bumps it when it writes.
 */

export interface TimelineEntry {
  stepId: string;
  value: string;
  /** ISO time. */
  at: string;
  /** The one writer's stamp (`session-stamp.ts`); absent on entries written before it. */
  stamp?: string;
}

/** Any value `JSON.parse` can give. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Case number and label. */
export interface CaseNames {
  caseNumber?: string;
  label?: string;
}

/**
 * Two tabs changed the same text without seeing each other's change: the later one is the field's
 * value, and the other is kept here, so that nothing typed is lost (see `apply-intent.ts`).
 */
export type SessionConflict = {
  /** The stamp of the change whose text was not kept. */
  stamp: string;
  /** Its ISO time. */
  at: string;
  /** Its tab (writer id). */
  lostBy: string;
} & ({ field: 'note'; stepId: string; lost: string } | { field: 'name'; lost: CaseNames });

/** Something kept as evidence on a step (the log analyzer decides `kind` and `data`). */
export interface KeptEvidence {
  stepId: string;
  kind: string;
  data: JsonValue;
  /** ISO time. */
  at: string;
}

/** The one writer's bookkeeping (`session-writer.ts`). */
export interface WriterBookkeeping {
  /** Field key (`fieldOf` in `session-intents.ts`) → stamp of its last change, removals included. */
  stamps: Record<string, string>;
  /** Tab id → the last of that tab's journal entries folded into this record. */
  folded: Record<string, number>;
  /** The answers the stamped timeline entries are applied to, in stamp order. */
  startAnswers: Record<string, string>;
}

export interface StepNote {
  text: string;
  /** ISO time. */
  updatedAt: string;
}

export interface CaseSession {
  /** Random id (`crypto.randomUUID()`). */
  id: string;
  /** +1 on every write. */
  revision: number;
  /** ISO times. */
  createdAt: string;
  updatedAt: string;
  /** The support case's number. Never goes in a URL. */
  caseNumber?: string;
  /** Short free text. */
  label?: string;
  /** The guide the session works through (its folder name, `GuideManifest.id`). */
  guideId: string;
  /** The guide's version when the session was started. */
  guideVersion: number;
  /** The current step's id. */
  stepId: string;
  /** The current answers, as in the URL (step id → value). */
  answers: Record<string, string>;
  returnTo?: string;
  /** Every answer given, with its time, in order. */
  timeline: TimelineEntry[];
  /** Checklist id → item id → ISO time it was checked. */
  checklists: Record<string, Record<string, string>>;
  /** Step id → note. */
  notes: Record<string, StepNote>;
  /** Evidence id → what was kept. */
  evidence?: Record<string, KeptEvidence>;
  /** The latest concurrent-edit conflicts, in stamp order (at most `maxConflicts`). */
  conflicts?: SessionConflict[];
  sync?: WriterBookkeeping;
}

/** How many conflicts a record keeps. */
export const maxConflicts = 20;

/** What a new session starts from; everything else has a default. */
export type SessionInit = Partial<
  Omit<CaseSession, 'id' | 'revision' | 'createdAt' | 'updatedAt'>
> &
  Pick<CaseSession, 'guideId' | 'guideVersion' | 'stepId'>;

/** A new session record: the one place its defaults are set. */
export function newSession(
  init: SessionInit,
  { id, at, revision }: { id: string; at: string; revision: number },
): CaseSession {
  const session: CaseSession = {
    id,
    revision,
    createdAt: at,
    updatedAt: at,
    guideId: init.guideId,
    guideVersion: init.guideVersion,
    stepId: init.stepId,
    answers: { ...init.answers },
    timeline: [...(init.timeline ?? [])],
    checklists: { ...init.checklists },
    notes: { ...init.notes },
  };
  if (init.caseNumber !== undefined) session.caseNumber = init.caseNumber;
  if (init.label !== undefined) session.label = init.label;
  if (init.returnTo !== undefined) session.returnTo = init.returnTo;
  return session;
}

/** Longer note texts are cut to this length. */
export const maxNoteLength = 20_000;
/** Longer case numbers and labels are cut to this length. */
export const maxCaseNumberLength = 100;
export const maxLabelLength = 200;

/** Milliseconds of an ISO time; unparseable times count as the earliest. */
function timeOf(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/** A copy of a record without one key (a plain copy when `key` is undefined). */
function without<T>(record: Record<string, T>, key: string | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** Records an answer: the new current answers and step, and one more timeline entry. */
export function recordAnswer(
  session: CaseSession,
  stepId: string,
  value: string,
  answers: Readonly<Record<string, string>>,
  nextStepId: string,
  at: string,
): CaseSession {
  return {
    ...session,
    answers: { ...answers },
    stepId: nextStepId,
    timeline: [...session.timeline, { stepId, value, at }],
    updatedAt: at,
  };
}

/** Checks an item (keeping the time it was first checked) or unchecks it. */
export function toggleChecklistItem(
  session: CaseSession,
  checklistId: string,
  itemId: string,
  checked: boolean,
  at: string,
): CaseSession {
  const list = without(session.checklists[checklistId] ?? {}, checked ? undefined : itemId);
  if (checked) list[itemId] ??= at;
  const checklists = without(session.checklists, checklistId);
  if (Object.keys(list).length > 0) checklists[checklistId] = list;
  return { ...session, checklists, updatedAt: at };
}

/** Sets a step's note (cut to `maxNoteLength`); a blank text removes it. */
export function setNote(
  session: CaseSession,
  stepId: string,
  text: string,
  at: string,
): CaseSession {
  const notes = without(session.notes, stepId);
  if (text.trim() !== '') notes[stepId] = { text: text.slice(0, maxNoteLength), updatedAt: at };
  return { ...session, notes, updatedAt: at };
}

/** Sets the case number and label (trimmed, cut to length); blank removes them. */
export function rename(
  session: CaseSession,
  names: { caseNumber?: string; label?: string },
  at?: string,
): CaseSession {
  const caseNumber = names.caseNumber?.trim().slice(0, maxCaseNumberLength);
  const label = names.label?.trim().slice(0, maxLabelLength);
  const next: CaseSession = { ...session, updatedAt: at ?? session.updatedAt };
  delete next.caseNumber;
  delete next.label;
  if (caseNumber) next.caseNumber = caseNumber;
  if (label) next.label = label;
  return next;
}

/**
 * Merges my unsaved copy with the stored one (`theirs`) after a save conflict. Field by field:
 *
 * - id, revision: theirs (save the result with `theirs.revision` as the expected revision);
 *   createdAt the earliest, updatedAt the latest.
 * - guideId: the session's guide never changes.
 * - answers, stepId, returnTo, guideVersion, caseNumber, label: all from theirs when
 *   `theirs.updatedAt` is strictly newer, else all from mine.
 * - checklists: the union; an item checked in both keeps the earlier time. An item unchecked on
 *   one side but still checked on the other stays checked (a lost uncheck is harmless; a lost
 *   check would hide work done).
 * - notes: per step, the newer `updatedAt` wins (mine on a tie); a note removed on one side but
 *   kept on the other is kept.
 * - timeline: the union by (stepId, value, at), sorted by time.
 */
export function mergeConcurrent(mine: CaseSession, theirs: CaseSession): CaseSession {
  const theirsNewer = timeOf(theirs.updatedAt) > timeOf(mine.updatedAt);
  const newer = theirsNewer ? theirs : mine;

  const checklists: Record<string, Record<string, string>> = {};
  for (const side of [theirs, mine]) {
    for (const [listId, items] of Object.entries(side.checklists)) {
      const list = (checklists[listId] ??= {});
      for (const [itemId, at] of Object.entries(items)) {
        const known = list[itemId];
        list[itemId] = known === undefined || timeOf(at) < timeOf(known) ? at : known;
      }
    }
  }

  const notes: Record<string, StepNote> = { ...theirs.notes };
  for (const [stepId, note] of Object.entries(mine.notes)) {
    const other = notes[stepId];
    if (!other || timeOf(note.updatedAt) >= timeOf(other.updatedAt)) notes[stepId] = note;
  }

  const seen = new Set<string>();
  const timeline = [...theirs.timeline, ...mine.timeline]
    .filter((entry) => {
      const key = JSON.stringify([entry.stepId, entry.value, entry.at]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => timeOf(a.at) - timeOf(b.at));

  const merged: CaseSession = {
    id: theirs.id,
    revision: theirs.revision,
    createdAt:
      timeOf(mine.createdAt) < timeOf(theirs.createdAt) ? mine.createdAt : theirs.createdAt,
    updatedAt: newer.updatedAt,
    guideId: theirs.guideId,
    guideVersion: newer.guideVersion,
    stepId: newer.stepId,
    answers: { ...newer.answers },
    timeline,
    checklists,
    notes,
  };
  if (newer.caseNumber !== undefined) merged.caseNumber = newer.caseNumber;
  if (newer.label !== undefined) merged.label = newer.label;
  if (newer.returnTo !== undefined) merged.returnTo = newer.returnTo;
  return merged;
}

/** Follows the tab to another step (Back, Forward, Change, a link): no timeline entry. */
export function moveTo(
  session: CaseSession,
  stepId: string,
  answers: Readonly<Record<string, string>>,
  returnTo: string | undefined,
  at: string,
): CaseSession {
  const moved: CaseSession = { ...session, stepId, answers: { ...answers }, updatedAt: at };
  if (returnTo) moved.returnTo = returnTo;
  else delete moved.returnTo;
  return moved;
}

/** Whether a session already stands where the tab stands. */
export function isAt(
  session: CaseSession,
  stepId: string,
  answers: Readonly<Record<string, string>>,
  returnTo: string | undefined,
): boolean {
  const keys = Object.keys(answers);
  return (
    session.stepId === stepId &&
    session.returnTo === returnTo &&
    keys.length === Object.keys(session.answers).length &&
    keys.every((k) => session.answers[k] === answers[k])
  );
}
