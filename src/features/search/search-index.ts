import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { SearchDocument } from './search-document';
import { indexTerms } from './search-tokens';

/**
 * The search index (MiniSearch): built at build time from every guide's steps, serialized into
 * one same-origin file, and loaded in the browser on the first search.
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

/** What a result shows without going back to the guide. */
const storeFields = [
  'guideId',
  'guideTitle',
  'stepId',
  'kind',
  'href',
  'title',
  'shortTitle',
  'blocks',
  'answerLabels',
  'aliasGroups',
] as const satisfies readonly (keyof SearchDocument)[];

export type StoredStep = Pick<SearchDocument, (typeof storeFields)[number]>;

const options: Options<SearchDocument> = {
  fields: Object.keys(fieldBoosts),
  storeFields: [...storeFields],
  // Terms come out of `indexTerms` already in their searched form.
  tokenize: indexTerms,
  processTerm: (term) => term,
};

/** The file's shape. Bump `version` whenever the fields or the terms change. */
export interface SearchIndexFile {
  format: 'guide-search-index';
  version: 1;
  index: AsPlainObject;
}

const format = 'guide-search-index';
const version = 1;

export function createSearchIndex(
  documents: readonly SearchDocument[],
): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(options);
  index.addAll(documents);
  return index;
}

export function serializeSearchIndex(documents: readonly SearchDocument[]): string {
  const file: SearchIndexFile = {
    format,
    version,
    index: createSearchIndex(documents).toJSON(),
  };
  return JSON.stringify(file);
}

/** Reads the file (parsed JSON). Throws when it is not an index this version of the app reads. */
export function openSearchIndex(file: unknown): MiniSearch<SearchDocument> {
  const candidate = file as Partial<SearchIndexFile> | null;
  if (candidate?.format !== format || candidate.version !== version || !candidate.index) {
    throw new Error('The search index is not one this version of the app can read.');
  }
  return MiniSearch.loadJS<SearchDocument>(candidate.index, options);
}
