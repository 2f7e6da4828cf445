/**
 * A case session: one engineer's record of one support case, kept in the browser. This module
 * holds its shape and where a new one starts. Every change to it is an intent
 * (`session-intents.ts`), applied by the rules of `apply-intent.ts` and written by the one writer
 * (`session-writer.ts`) alone.
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

/** A longer note is refused while typing (never cut); a stored one is cut to it when read. */
export const maxNoteLength = 20_000;
/** Longer case numbers and labels are cut to this length. */
export const maxCaseNumberLength = 100;
export const maxLabelLength = 200;
