import type { Glossary, GlossaryEntry } from '../../machine/guide-training';

/** A term's anchor on the glossary page. */
export function glossarySlug(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The entry for a term or one of its aliases, ignoring case. */
export function findGlossaryEntry(glossary: Glossary, term: string): GlossaryEntry | undefined {
  const wanted = term.trim().replace(/\s+/g, ' ').toLowerCase();
  return glossary.find(
    (e) => e.term.toLowerCase() === wanted || e.aliases?.some((a) => a.toLowerCase() === wanted),
  );
}

/** The glossary in alphabetical order, as the glossary page lists it. */
export function sortedGlossary(glossary: Glossary): GlossaryEntry[] {
  return [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/**
 * The terms a content page marks (`<Term>desktop heap</Term>`, or `<Term name="Desktop heap">`
 * when the text on the page differs), as the page's MDX source writes them.
 */
export function termsInPage(source: string): string[] {
  return [...source.matchAll(/<Term(?:\s+name="([^"]*)")?\s*>([\s\S]*?)<\/Term>/g)].map(
    (m) => m[1] ?? m[2]!.replace(/[`*_]/g, '').trim(),
  );
}
