import type { SearchDocument } from './search-document';
import { createGuideSearch, type GuideSearch } from './search-engine';
import { searchFiles } from './search-index';

/**
 * The search over these documents as the browser runs it, its files kept in memory instead of
 * fetched; `fetched` lists the files it asked for, `files` names every file the index names.
 */
export function inMemorySearch(documents: readonly SearchDocument[]): {
  search: GuideSearch;
  fetched: string[];
  files: string[];
} {
  const { index, files } = searchFiles(documents, (base) => base);
  const fetched: string[] = [];
  const search = createGuideSearch(JSON.parse(index) as unknown, (name) => {
    fetched.push(name);
    const content = files.get(name);
    return content === undefined
      ? Promise.reject(new Error(`No file ${name}`))
      : Promise.resolve(JSON.parse(content) as unknown);
  });
  return { search, fetched, files: [...files.keys()] };
}
