import type { AnyStateMachine } from 'xstate';
import type { AnsweredStep, GuideSnapshot } from './guide-snapshot';
import type { StepMeta } from './step-meta';

/**
 * What a guide (`content/<guide-id>/`) gives the engine. A guide is data and a machine: the
 * engine knows no guide by name. Written in Markdown (ADR 009), the build compiles its folder
 * into these (`src/guides/format/`); written in TypeScript (ADR 005), `guide.ts` exports the
 * manifest and `index.ts` the definition.
 *
 * - The manifest: in the guide's bundle, loaded when the guide is opened; its card (title,
 *   errors…: `GuideCard`) is in the site's list of guides, `guides.json`, which the app loads first.
 * - The definition: the machine and what the guide explains on its screens, loaded when the
 *   guide is opened (its own chunk).
 * - `pages/<step-id>.mdx`: one content page per step (each its own chunk).
 * - The facts: the TSG's words each step must show verbatim (checked by `npm run check:guides`
 *   and the prerender, never loaded by the app).
 * - The search terms (optional, `GuideSearchTerms`): other names for what the guide says, read
 *   when the search index is built.
 * - `tsg.txt`: the source TSG as received.
 */

export interface GuidePhase {
  id: string;
  label: string;
}

export interface GuideChange {
  version: number;
  /** `YYYY-MM-DD`. */
  date: string;
  changes: string;
}

export interface GuideManifest {
  /** The guide's folder name under `content/`. Never change it: case sessions record it. */
  id: string;
  /** The guide's base URL path, e.g. `/extension-failures`. Never change it: links point here. */
  basePath: string;
  /** A short name for lists ("Extension COM and MDTC failures"). */
  title: string;
  /** One sentence: what the guide is for. */
  summary: string;
  /** The product or service the guide is about ("Azure Backup"): the home page's filter finds it. */
  service?: string;
  /**
   * The guide's version. Bump it (and add a changelog entry) whenever a change to the machine or
   * the content could change what a step says or where an answer leads.
   */
  version: number;
  changelog: readonly GuideChange[];
  /** The error names the TSG covers, as it writes them. */
  errors: readonly string[];
  /**
   * The TSG's `<properties>` blocks, verbatim: one per card of the TSG (a guide written in
   * Markdown reads them from its `tsg.txt`).
   */
  cards: readonly Readonly<Record<string, string>>[];
  /** The TSG's article id (from its properties; the cards' ids, comma-separated). */
  articleId: string;
  /**
   * Who to tell when a step is wrong: the TSG's owners. Without an e-mail address, a report is
   * copied and sent by hand.
   */
  owner: { name: string; email?: string };
  /** The TSG's link to the wiki of other known issues, if it has one. */
  wikiUrl?: string;
  /** The phases the progress indicator shows, in the order the guide walks through them. */
  phases: readonly GuidePhase[];
  /** What the app calls things for this guide, where it has words of its own (`GuideWords`). */
  words?: GuideWords;
  /**
   * Case sessions saved before sessions recorded their guide (schema 1) belong to this guide.
   * At most one guide says so.
   */
  ownsUnlabelledSessions?: boolean;
  /** Marks a guide that exists only for the tests: never in a production build. */
  testFixture?: boolean;
}

/**
 * The app's words that belong to one guide, each with a wording that fits any guide when the
 * guide says nothing (`guideWords`).
 */
export interface GuideWords {
  /** Above the errors a guide covers, on the home page ("Errors covered:"). */
  errors?: string;
  /** The case note's heading for the answer that records the outcome ("Outcome"). */
  outcome?: string;
  /** The case note's next step once a cause is found, before the outcome is known. */
  afterCause?: string;
  /** The case note's outcome when the guide ended with no cause found, so nothing was tried. */
  noOutcome?: string;
  /** What the log analyzer tells the engineer to check a logged answer against ("the failure"). */
  failure?: string;
}

const defaultWords: Required<GuideWords> = {
  errors: 'Errors covered:',
  outcome: 'Outcome',
  afterCause: 'Apply the remediation and record the outcome',
  noOutcome: 'Not recorded: no known cause matched, so no remediation was applied',
  failure: 'the failure',
};

/** A guide's words, each its own or the default. */
export function guideWords(manifest: Pick<GuideManifest, 'words'>): Required<GuideWords> {
  return { ...defaultWords, ...manifest.words };
}

/** What a screen is about to show, for a guide's notices. */
export interface NoticeContext {
  step: StepMeta;
  /** The machine's snapshot at the step, when it was reached by answers (not a reference view). */
  snapshot?: GuideSnapshot;
  /** The answers that led to the step, in order. */
  history: readonly AnsweredStep[];
}

export interface SymptomCheck {
  label: string;
  /** `true` holds, `false` does not, `undefined` unknown. */
  holds: boolean | undefined;
  detail: string;
}

/**
 * Something a guide explains about where its answers led, in its own words:
 * - `reason`: why the guide ended where it did (shown under the step's title);
 * - `verdict`: why a cause was ruled out, symptom by symptom (shown above the title).
 * Both also go into the case note.
 */
export type GuideNotice =
  | { kind: 'reason'; text: string }
  | {
      kind: 'verdict';
      /** The box's heading on screen. */
      heading: string;
      /** The TSG's own words for the rule, quoted under the heading. */
      quote?: string;
      /** The line that introduces the checks in the case note. */
      summary: string;
      checks: readonly SymptomCheck[];
    };

export interface GuideDefinition {
  /** The decision machine: every state with `meta` (a `StepMeta`) is a step. Pure: no actors. */
  machine: AnyStateMachine;
  /** What the guide explains on a step, from the answers that led there. */
  notices?: (context: NoticeContext) => readonly GuideNotice[];
}

/**
 * Groups of names for one thing (`['MSDTC', 'MDTC']`, `['desktop heap', 'SharedSection']`): a
 * step that says any term of a group is also found by the others. Terms are matched by their
 * words, whatever their case: `SharedSection` is found in "Windows shared section" too.
 */
export type GuideSearchTerms = readonly (readonly string[])[];

/** Types the guide's files with the engine's expectations, and nothing else. */
export function defineGuide(definition: GuideDefinition): GuideDefinition {
  return definition;
}
