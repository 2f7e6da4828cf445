/**
 * The shape of a guide's log signatures (`content/<guide-id>/signatures.yml`, optional; or
 * `signatures.ts` exporting
 * `signatures`): what the log analyzer looks for in the customer's logs, and which answer of the
 * guide a match supports. Plain data, written by a TSG author, loaded only by the analyzer's page
 * (its own chunk). `npm run check:guides` checks it against the guide's machine
 * (`src/guides/validation/check-signatures.ts`); the analyzer (`src/features/analyzer/`) compiles
 * and runs it. The analyzer never decides a cause: it shows which answers the logs support.
 */

/**
 * Where a line or an event comes from. A signature lists the sources it applies to; a hit in any
 * other source is not counted.
 *
 * - `application-log`, `system-log`, `security-log`: an event of that Windows log, from an Event
 *   Viewer export (`.xml`, `.csv`, `.txt`) or from "Copy details as text". The log is read from
 *   the event itself (XML `Channel`, `Log Name:`), else from the export's file name
 *   (`Application.csv`), else from an event source that only ever writes to one log.
 * - `other-event-log`: an event of another log, or whose log could not be told.
 * - `wa-app-agent-log`: `C:\WindowsAzure\Logs\WaAppAgent.log`.
 * - `plugin-log`: the extension's logs under `C:\WindowsAzure\Logs\Plugins\…` (for example
 *   `IaaSBcdrExtension*.log`, `CommandExecution.log`).
 * - `other-text`: any other text: pasted text, or a file the analyzer cannot place.
 */
export const logSources = [
  'application-log',
  'system-log',
  'security-log',
  'other-event-log',
  'wa-app-agent-log',
  'plugin-log',
  'other-text',
] as const;

export type LogSource = (typeof logSources)[number];

/** The sources that are events of a Windows event log (an `eventId` match applies to these). */
export const eventLogSources: readonly LogSource[] = [
  'application-log',
  'system-log',
  'security-log',
  'other-event-log',
];

/**
 * Text to look for. A string matches that exact text, ignoring case ("install provider failed"
 * matches "Install provider failed"). A regular expression matches as written (add the `i` flag
 * to ignore case).
 */
export type TextPattern = string | RegExp;

/**
 * How a line (or an event's text) is matched. Every pattern in `allOf` must appear, at least one
 * of `anyOf` (when given), and none of `noneOf`. For events, the text is the event's message
 * (description) and its data fields.
 */
export interface TextMatch {
  allOf?: readonly TextPattern[];
  anyOf?: readonly TextPattern[];
  noneOf?: readonly TextPattern[];
}

/** An event of a Windows event log: its id, and its text. Never match an event by its id alone. */
export interface EventMatch extends TextMatch {
  eventId: number;
}

/**
 * How sure a hit makes us:
 * - `evidence`: the line is what the TSG tells the engineer to look for.
 * - `lead`: the TSG quotes no exact text; the line is worth reading, not proof.
 */
export type Certainty = 'evidence' | 'lead';

/** A guide step's answer a signature supports: the step's id and the option's value. */
export interface AnswerRef {
  step: string;
  value: string;
}

export interface Signature {
  /** Stable id, `[a-z0-9-]+`: evidence kept in a case session refers to it. */
  id: string;
  /** What was found, in the engineer's words ("Install provider failed with COMException"). */
  label: string;
  /** The answer it supports: most often a value of the findings step. */
  supports: AnswerRef;
  /** The cause step it points to (a step id such as `cause-desktop-heap`), if any. */
  cause?: string;
  certainty: Certainty;
  /** Shown with its hits: what the TSG says, what is and is not proven. */
  note?: string;
  /** The sources it applies to. */
  sources: readonly LogSource[];
  /** Text match for lines, or an event match (event id and text) for events. */
  match: TextMatch | EventMatch;
}

/**
 * Something that looks like evidence but is not, counted (never listed as a hit) so the screen
 * can say why it was left out: Event ID 4689 in the Security log is "A process has exited".
 */
export interface NotEvidence {
  id: string;
  /** The signature this could be mistaken for. */
  mistakenFor: string;
  sources: readonly LogSource[];
  match: TextMatch | EventMatch;
  /** Why it is not evidence, shown when any was seen. */
  explanation: string;
}

/** A question of the guide that no log answers: only the engineer can. */
export interface EngineerQuestion {
  /** The step that asks it. */
  step: string;
  /** The question, short. */
  label: string;
  /** Why the logs cannot answer it. */
  why: string;
  /** Asked only when a hit of one of these signatures was found (absent: always listed). */
  whenFound?: readonly string[];
  /** Not listed when a hit of one of these signatures was found (the logs answered it). */
  unlessFound?: readonly string[];
}

/** A guide's signatures file. */
export interface GuideSignatures {
  /**
   * The step the analyzer answers from the logs: a multiple choice ("What did you find at the
   * time of the failure?") whose options the signatures support. The analyzer links from it and
   * pre-fills it. A signature may also support an option of a single-choice step (the error
   * code): that step is pre-filled only when the logs name exactly one of its options and the
   * engineer's path has not answered it yet.
   */
  step: string;
  /**
   * The logs to add, as the TSG names them (a path, an export to make), shown on the analyzer's
   * page. Plain text.
   */
  logs?: readonly string[];
  signatures: readonly Signature[];
  notEvidence: readonly NotEvidence[];
  engineerQuestions: readonly EngineerQuestion[];
}

export function isEventMatch(match: TextMatch | EventMatch): match is EventMatch {
  return 'eventId' in match;
}
