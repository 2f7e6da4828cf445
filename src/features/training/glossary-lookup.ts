import type { Glossary, GlossaryEntry } from '../../machine/guide-training';

/** A term's anchor on the glossary page. */
export function glossarySlug(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
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
