import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { SearchDocument } from './search-document';
import { indexTerms } from './search-tokens';

/**
 * The search index (MiniSearch), built at build time from every guide's steps and split so that
 * a search fetches only what it reads (ADR 005):
 * - `search-index.json`, fetched on the first search: every step's lengths and kind (what the
 *   ranking needs of each step), the index's terms in order, and where the rest is;
 * - the index's postings (which steps say a term, in which fields, how often), in parts of
 *   consecutive terms: a search fetches the parts that hold the terms it matches;
 * - what a result shows (title, page text, answers), one file per guide: fetched for the results
 *   on screen.
 * A step's score depends only on the postings of the terms it matched and on every step's
 * lengths, so a search over the parts it fetched ranks exactly as one over the whole index.
 * Each guide's postings are also in a file of their own, kept with the guide's offline copy: a
 * search that cannot fetch a part (offline) searches the guides kept in this browser instead.
 */

/** The fields searched, and what a match in each is worth (see `search-query.ts`). */
export const fieldBoosts = {
  title: 4,
  shortTitle: 3,
  codes: 2,
  text: 1,
  answers: 0.5,
  aliases: 0.6,
} as const;

/** What a result shows without going back to the guide (in its guide's file). */
const shownFields = [
  'guideTitle',
  'stepId',
  'href',
  'title',
  'shortTitle',
  'blocks',
  'answerLabels',
  'aliasGroups',
] as const satisfies readonly (keyof SearchDocument)[];

export type StoredStep = Pick<SearchDocument, (typeof shownFields)[number]>;

/** Kept in the index itself: the ranking reads it for every step it scores. */
const rankedFields = ['kind'] as const satisfies readonly (keyof SearchDocument)[];

const options: Options<SearchDocument> = {
  fields: Object.keys(fieldBoosts),
  storeFields: [...rankedFields],
  // Terms come out of `indexTerms` already in their searched form.
  tokenize: indexTerms,
  processTerm: (term) => term,
};

/** One term's postings, as MiniSearch writes them: field id → step's short id → count. */
export type TermPostings = AsPlainObject['index'][number];

/** The file fetched on the first search. Bump `version` whenever the fields or the terms change. */
export interface SearchIndexFile {
  format: 'guide-search-index';
  version: 3;
  /** MiniSearch's index without its postings (`index: []`). */
  steps: AsPlainObject;
  /** Every term of the index, in order. */
  terms: string[];
  /** The postings' parts, in the terms' order: the first term of each and its file. */
  parts: { first: string; file: string }[];
  /** Each guide's shown fields: guide id → file. */
  shown: Record<string, string>;
  /** Each guide's own postings (its steps' only), for searching offline: guide id → file. */
  own: Record<string, string>;
  /** The files above, in this one, when they are all small (file → its content); no `own` then. */
  inline?: Record<string, unknown>;
}

/** The index split: the index file's data, the postings' parts, each guide's shown fields. */
interface SplitIndex {
  steps: AsPlainObject;
  terms: string[];
  parts: { first: string; postings: TermPostings[] }[];
  shown: Record<string, Record<string, StoredStep>>;
  own: Record<string, TermPostings[]>;
}

const format = 'guide-search-index';
const version = 3;

/** A part holds consecutive terms up to about this many characters of JSON. */
const partSize = 16_384;

/**
 * Up to this many characters of JSON in all, the parts and the shown fields are put in the index
 * file: a small library's first search then fetches one file, not three.
 */
const inlineSize = 96 * 1024;

export function createSearchIndex(
  documents: readonly SearchDocument[],
): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(options);
  index.addAll(documents);
  return index;
}

function splitSearchIndex(documents: readonly SearchDocument[]): SplitIndex {
  const whole = createSearchIndex(documents).toJSON();
  const postings = [...whole.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: SplitIndex['parts'] = [];
  let size = Infinity;
  for (const entry of postings) {
    const length = JSON.stringify(entry).length;
    if (size + length > partSize) {
      parts.push({ first: entry[0], postings: [] });
      size = 0;
    }
    parts.at(-1)!.postings.push(entry);
    size += length;
  }
  const shown: SplitIndex['shown'] = {};
  const guideOf = new Map<string, string>();
  for (const document of documents) {
    const fields = Object.fromEntries(shownFields.map((f) => [f, document[f]])) as StoredStep;
    (shown[document.guideId] ??= {})[document.id] = fields;
    guideOf.set(document.id, document.guideId);
  }
  return {
    steps: { ...whole, index: [] },
    terms: postings.map(([term]) => term),
    parts,
    shown,
    own: postingsByGuide(postings, (shortId) => guideOf.get(whole.documentIds[shortId]!)!),
  };
}

/** Each guide's share of the postings: its steps' counts only, the terms in the same order. */
function postingsByGuide(
  postings: readonly TermPostings[],
  guideOf: (shortId: string) => string,
): Record<string, TermPostings[]> {
  const own: Record<string, TermPostings[]> = {};
  for (const [term, fields] of postings) {
    const mine: Record<string, TermPostings[1]> = {};
    for (const [field, counts] of Object.entries(fields)) {
      for (const [shortId, count] of Object.entries(counts)) {
        ((mine[guideOf(shortId)] ??= {})[field] ??= {})[shortId] = count;
      }
    }
    for (const [guide, guideFields] of Object.entries(mine)) {
      (own[guide] ??= []).push([term, guideFields]);
    }
  }
  return own;
}

/** The postings of several guides' files as one list (a term's counts put together). */
export function mergePostings(lists: readonly (readonly TermPostings[])[]): TermPostings[] {
  const merged = new Map<string, TermPostings[1]>();
  for (const [term, fields] of lists.flat()) {
    const into = merged.get(term) ?? {};
    for (const [field, counts] of Object.entries(fields)) {
      into[field] = { ...into[field], ...counts };
    }
    merged.set(term, into);
  }
  return [...merged];
}

/** The index as a search reads it: which terms it has, and where their postings are. */
export interface OpenSearchIndex {
  /** Whether the index has this term (in any field). */
  has(term: string): boolean;
  /** The index's terms that start with `prefix`. */
  withPrefix(prefix: string): string[];
  /** The index's terms within `distance` edits of `term`. */
  near(term: string, distance: number): string[];
  /** The file of the part that holds a term's postings. */
  partOf(term: string): string;
  /** The file of a guide's shown fields. */
  shownFile(guideId: string): string | undefined;
  /** The file of a guide's own postings (none when the parts are in the index file). */
  ownFile(guideId: string): string | undefined;
  /** How many guides the index holds. */
  guides: number;
  /** A file's content, when the index file holds it. */
  inline(file: string): unknown;
  /** A MiniSearch over these terms' postings (and every step's lengths). */
  searchOver(postings: readonly TermPostings[]): MiniSearch<SearchDocument>;
}

/** Reads the file (parsed JSON). Throws when it is not an index this version of the app reads. */
export function openSearchIndex(file: unknown): OpenSearchIndex {
  const candidate = file as Partial<SearchIndexFile> | null;
  if (
    candidate?.format !== format ||
    candidate.version !== version ||
    !candidate.steps ||
    !Array.isArray(candidate.terms) ||
    !Array.isArray(candidate.parts) ||
    candidate.parts.length === 0 ||
    !candidate.shown ||
    !candidate.own
  ) {
    throw new Error('The search index is not one this version of the app can read.');
  }
  const { steps, terms, parts, shown, own, inline = {} } = candidate as SearchIndexFile;
  const vocabulary = SearchableMap.from(terms.map((term) => [term, true]));
  return {
    has: (term) => vocabulary.has(term),
    withPrefix: (prefix) => [...vocabulary.atPrefix(prefix).keys()],
    near: (term, distance) => [...vocabulary.fuzzyGet(term, distance).keys()],
    partOf(term) {
      // The last part whose first term is not after this one.
      let low = 0;
      let high = parts.length - 1;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (parts[middle]!.first <= term) low = middle;
        else high = middle - 1;
      }
      return parts[low]!.file;
    },
    shownFile: (guideId) => (Object.hasOwn(shown, guideId) ? shown[guideId] : undefined),
    ownFile: (guideId) => (Object.hasOwn(own, guideId) ? own[guideId] : undefined),
    guides: Object.keys(shown).length,
    inline: (name) => (Object.hasOwn(inline, name) ? inline[name] : undefined),
    searchOver: (postings) =>
      MiniSearch.loadJS<SearchDocument>({ ...steps, index: [...postings] }, options),
  };
}

/**
 * The search's files for these documents: the index file's JSON, and each file it names (name →
 * JSON), named by `nameFile` from a base name and the content (the build adds a content hash);
 * none when they are small enough to be in the index file.
 */
export function searchFiles(
  documents: readonly SearchDocument[],
  nameFile: (base: string, content: string) => string,
): { index: string; files: Map<string, string> } {
  const split = splitSearchIndex(documents);
  const files = new Map<string, string>();
  const add = (base: string, value: unknown) => {
    const content = JSON.stringify(value);
    const name = nameFile(base, content);
    files.set(name, content);
    return name;
  };
  const file: SearchIndexFile = {
    format,
    version,
    steps: split.steps,
    terms: split.terms,
    parts: split.parts.map(({ first, postings }, i) => ({
      first,
      file: add(`search-terms-${i}`, postings),
    })),
    shown: Object.fromEntries(
      Object.entries(split.shown).map(([id, steps]) => [id, add(`search-steps-${id}`, steps)]),
    ),
    own: {},
  };
  const size = [...files.values()].reduce((sum, content) => sum + content.length, 0);
  if (size <= inlineSize) {
    const inline = Object.fromEntries(
      [...files].map(([name, content]) => [name, JSON.parse(content)]),
    );
    return { index: JSON.stringify({ ...file, inline }), files: new Map() };
  }
  file.own = Object.fromEntries(
    Object.entries(split.own).map(([id, postings]) => [id, add(`search-postings-${id}`, postings)]),
  );
  return { index: JSON.stringify(file), files };
}
