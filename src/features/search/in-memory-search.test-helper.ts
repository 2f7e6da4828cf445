import type { SearchDocument } from './search-document';
import { createGuideSearch, type GuideSearch } from './search-engine';
import { searchFiles } from './search-index';

/**
 * The search over these documents as the browser runs it, its files kept in memory instead of
 * fetched; `fetched` lists the files it asked for, `files` names every file the index names.
 * Given `offlineKeeping`, the browser is offline and keeps these guides: only their files can be
 * read.
 */
export function inMemorySearch(
  documents: readonly SearchDocument[],
  offlineKeeping?: readonly string[],
): {
  search: GuideSearch;
  fetched: string[];
  files: string[];
} {
  const { index, files } = searchFiles(documents, (base) => base);
  const fetched: string[] = [];
  const readable = (name: string) =>
    !offlineKeeping || offlineKeeping.some((id) => name.endsWith(`-${id}`));
  const search = createGuideSearch(
    JSON.parse(index) as unknown,
    (name) => {
      fetched.push(name);
      const content = files.get(name);
      return content === undefined || !readable(name)
        ? Promise.reject(new Error(`No file ${name}`))
        : Promise.resolve(JSON.parse(content) as unknown);
    },
    async () => new Set(offlineKeeping),
  );
  return { search, fetched, files: [...files.keys()] };
}
