import { segmentsOf, type MarkedRange, type Segment } from '../../lib/marked-text';
import type { SearchHit } from './search-query';
import { indexTerms, tokenizeText, wordSpans, wordSequence } from './search-tokens';

/**
 * Where a search result matched, to show: the step's title and a snippet of its page around the
 * match, with what matched marked.
 */

/** What to mark in a result's texts. */
export interface Highlight {
  /** The index's terms that matched (whole tokens, or parts of them). */
  terms: ReadonlySet<string>;
  /** Other names that matched, as words: marked where the text says them. */
  phrases: readonly (readonly string[])[];
}

export function highlightFor(hit: SearchHit): Highlight {
  const terms = new Set(Object.keys(hit.match));
  // Terms found only among the step's other names: marked where the step says those names.
  const aliasOnly = new Set(
    Object.entries(hit.match)
      .filter(([, fields]) => fields.every((f) => f === 'aliases'))
      .map(([term]) => term),
  );
  const phrases = hit.aliasGroups
    .filter((group) => group.some((term) => indexTerms(term).some((t) => aliasOnly.has(t))))
    .flatMap((group) => group.map(wordSequence))
    .filter((words) => words.length > 0);
  return { terms, phrases };
}

type Range = MarkedRange;

/** Where a text says what matched: whole tokens, parts of tokens, and phrases. */
export function markedRanges(text: string, highlight: Highlight): Range[] {
  const ranges: Range[] = [];
  for (const token of tokenizeText(text)) {
    // The parts that matched, when some did (`Microsoft` in `Microsoft.Azure.RecoveryServices`),
    // else the whole token when it did.
    const parts = token.parts.filter((p) => highlight.terms.has(p.term));
    if (parts.length > 0) ranges.push(...parts.map((p) => [p.start, p.end] as const));
    else if (highlight.terms.has(token.term)) ranges.push([token.start, token.end]);
  }
  if (highlight.phrases.length > 0) {
    const words = wordSpans(text);
    for (const phrase of highlight.phrases) {
      for (let i = 0; i + phrase.length <= words.length; i++) {
        if (phrase.every((w, j) => words[i + j]!.term === w)) {
          ranges.push([words[i]!.start, words[i + phrase.length - 1]!.end]);
        }
      }
    }
  }
  // Sorted, overlaps merged.
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The most characters a snippet shows. */
export const snippetLength = 220;
/** How much comes before the first match when a block is cut. */
const leadIn = 70;

/** A window of a long text around its first mark, cut between words, with ellipses. */
function windowAround(text: string, ranges: readonly Range[]): Segment[] {
  if (text.length <= snippetLength) return segmentsOf(text, ranges);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - leadIn);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + snippetLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + leadIn ? space : end;
  }
  const inside = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as const);
  const segments = segmentsOf(text.slice(start, end), inside);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}

export interface Snippet {
  /** Where it is from: the page's text, or the step's answer options. */
  source: 'page' | 'answers';
  segments: Segment[];
}

/**
 * The part of a step's page that best shows the match: the block with the most different
 * matches (the first of equals), else an answer option that matched, else the page's opening.
 */
export function snippetFor(hit: SearchHit, highlight: Highlight): Snippet | undefined {
  const best = (texts: readonly string[]) => {
    let found: { text: string; ranges: Range[]; score: number } | undefined;
    for (const text of texts) {
      const ranges = markedRanges(text, highlight);
      const score = new Set(ranges.map(([s, e]) => text.slice(s, e).toLowerCase())).size;
      if (score > 0 && (!found || score > found.score)) found = { text, ranges, score };
    }
    return found;
  };
  const inPage = best(hit.blocks);
  if (inPage) return { source: 'page', segments: windowAround(inPage.text, inPage.ranges) };
  const inAnswers = best(hit.answerLabels);
  if (inAnswers)
    return { source: 'answers', segments: windowAround(inAnswers.text, inAnswers.ranges) };
  const opening = hit.blocks[0];
  return opening ? { source: 'page', segments: windowAround(opening, []) } : undefined;
}
