import type { JsonValue } from './session-record';

/**
 * What a tab asks the one writer to do to a case session: an intent, never a whole record. Each
 * is sent in an envelope saying which tab sent it, when (its stamp), and what that tab saw of the
 * field it changes, which is how two tabs' concurrent changes are told from successive ones.
 */

/** Where the engineer is: a step, and the step a "Change" returns to. */
export interface Position {
  stepId: string;
  returnTo?: string;
}

export type SessionIntent =
  /**
   * An answer given, or an earlier answer changed. The answers that no longer apply are dropped,
   * exactly as the link does (`settleAnswers`); the engineer moves on to `to`.
   */
  | { type: 'answered'; stepId: string; value: string; to: Position }
  /** Navigation (Back, Forward, a link, Resume): moves the engineer; never changes an answer. */
  | { type: 'moved'; to: Position }
  /** A checklist item ticked or unticked. */
  | { type: 'checked'; checklistId: string; itemId: string; checked: boolean }
  /** A step's note, as typed so far (blank removes it). */
  | { type: 'noted'; stepId: string; text: string }
  /** Case number and label (blank removes them). */
  | { type: 'renamed'; caseNumber?: string; label?: string }
  /**
   * Something kept as evidence on a step (the log analyzer's slot: it decides `kind` and `data`);
   * `data: null` removes it.
   */
  | {
      type: 'evidence-kept';
      evidenceId: string;
      stepId: string;
      kind: string;
      data: JsonValue | null;
    };

export type IntentType = SessionIntent['type'];

export interface IntentEnvelope {
  /** The writer (one per page load) that sent it. */
  tab: string;
  /** 1, 2, 3… per tab: its place in the tab's journal. */
  seq: number;
  /** When it was made (`session-stamp.ts`): orders it among every other tab's intents. */
  stamp: string;
  /** The stamp of the field it changes, as its tab saw it (`noStamp` if never changed). */
  seen: string;
  intent: SessionIntent;
}

/**
 * The field an intent changes, as a key of `sync.stamps`: two intents with the same field are
 * ordered against each other; intents on different fields never meet. Answers have none: they are
 * recomputed from the timeline (see `apply-intent.ts`).
 */
export function fieldOf(intent: SessionIntent): string | undefined {
  switch (intent.type) {
    case 'answered':
      return undefined;
    case 'moved':
      return 'position';
    case 'checked':
      return `check:${JSON.stringify([intent.checklistId, intent.itemId])}`;
    case 'noted':
      return `note:${intent.stepId}`;
    case 'renamed':
      return 'name';
    case 'evidence-kept':
      return `evidence:${intent.evidenceId}`;
  }
}
