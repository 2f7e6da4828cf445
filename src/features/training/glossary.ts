/**
 * A guide's glossary: guide data (`content/<guide>/glossary.ts`). Every definition says where
 * it comes from: the TSG's own words, or added by this tool (shown marked as added).
 */

export interface GlossaryEntry {
  /** The term as the TSG writes it ("Inspect IaaS Disk"). */
  term: string;
  /** Other spellings found in the TSG or in logs ("MSDTC", "IAASVM provider"). */
  aliases?: readonly string[];
  /** What the term means, in a few sentences. */
  definition: string;
  /** `tsg`: the definition is the TSG's own text; `added`: written for this tool. */
  source: 'tsg' | 'added';
  /** Where the TSG uses the term, verbatim (shown as "In the TSG"). */
  inTsg?: string;
}

export type Glossary = readonly GlossaryEntry[];

/** A term's anchor on the glossary page. */
export function glossarySlug(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The entry for a term or one of its aliases, ignoring case. */
export function findGlossaryEntry(glossary: Glossary, term: string): GlossaryEntry | undefined {
  const wanted = term.trim().toLowerCase();
  return glossary.find(
    (e) => e.term.toLowerCase() === wanted || e.aliases?.some((a) => a.toLowerCase() === wanted),
  );
}

/** The glossary in alphabetical order, as the glossary page lists it. */
export function sortedGlossary(glossary: Glossary): GlossaryEntry[] {
  return [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
