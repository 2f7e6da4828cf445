import type { Answers } from './guide-snapshot';

/**
 * What a guide may give for training new hires, each optional and loaded only where it is used:
 *
 * - `practice-cases.yml`: made-up cases a trainee walks in practice mode;
 * - `glossary.yml`: the words the TSG assumes, marked in the pages with `<Term>`;
 * - the pages' `why:`: per step, what its answer decides and why it is asked.
 *
 * Everything that goes beyond the TSG's own words says so (`source: 'added'`, `added`), and the
 * screens mark it as added guidance.
 */

/** A log excerpt on a scenario card, exactly as its source shows it. */
export interface LogExcerpt {
  /** What the excerpt is ("VMSnapshot extension log"). */
  title: string;
  /** Where it was found: a file path, or the Event Viewer log. */
  source: string;
  /** The source's format, for the guide's own tests (`plugin`, `event-viewer`). */
  format?: string;
  /** The excerpt itself. */
  text: string;
}

/** One part of a scenario card: what an engineer would see or be told on the case. */
export interface ScenarioSection {
  heading: string;
  /** An error name or code, shown as code. */
  code?: string;
  /** Plain text (a paragraph). */
  text?: string;
  logs?: readonly LogExcerpt[];
  /** A small table (file names and dates, say). */
  table?: { columns: readonly string[]; rows: readonly (readonly string[])[] };
  /**
   * A step id: the section shows only once the trainee has reached that step (what a retry of
   * the failed job did, shown at the retry question: earlier, it would give the cause away).
   */
  revealAt?: string;
}

/** What the trainee is given: only what an engineer would see or be told on the case. */
export interface ScenarioCard {
  /** What the customer reports, in their words. */
  customerReport: string;
  sections: readonly ScenarioSection[];
}

export interface PracticeCase {
  /** Stable, kebab-case: a trainee's progress is stored under it. Never rename it. */
  id: string;
  /** Shown before the case starts: must not give the answer away. */
  title: string;
  level: 'starter' | 'practised' | 'tricky';
  card: ScenarioCard;
  /** Hidden until the end. */
  expected: {
    /** The answers keyed by step id, as in the guide's URLs. */
    answers: Answers;
    /** The id of the end step the case must finish on. */
    outcome: string;
  };
  /** Shown after the case: what it teaches, and why the expected path is right. */
  debrief: string;
}

export interface GlossaryEntry {
  /** The term as the TSG writes it ("Inspect IaaS Disk"). */
  term: string;
  /** Other spellings found in the TSG or in logs ("MSDTC", "IAASVM provider"). */
  aliases?: readonly string[];
  /** What the term means, in a few sentences. */
  definition: string;
  /** `tsg`: the definition is the TSG's own text; `added`: written for this tool (marked). */
  source: 'tsg' | 'added';
  /** Where the TSG uses the term, verbatim (shown as "In the TSG"). */
  inTsg?: string;
}

export type Glossary = readonly GlossaryEntry[];

/** "Why we ask this" for one step. */
export interface WhyWeAskEntry {
  /** What the answer decides, in one sentence, read off the guide's flow. */
  decides: string;
  /** The TSG's own reasoning, verbatim. */
  tsg?: readonly string[];
  /** Reasoning beyond the TSG: shown as added guidance. */
  added?: readonly string[];
}

/** Step id → why the step is asked. */
export type WhyWeAsk = Readonly<Record<string, WhyWeAskEntry>>;

/** The entry for a term or one of its aliases, ignoring case. */
export function findGlossaryEntry(glossary: Glossary, term: string): GlossaryEntry | undefined {
  const wanted = term.trim().replace(/\s+/g, ' ').toLowerCase();
  return glossary.find(
    (e) => e.term.toLowerCase() === wanted || e.aliases?.some((a) => a.toLowerCase() === wanted),
  );
}
