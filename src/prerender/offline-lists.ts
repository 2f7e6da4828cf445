/**
 * What the service worker keeps offline (ADR 008, amended): the app's shell, precached at
 * install, and each guide's own files, cached when the guide is first opened (or kept on
 * request), so a browser never downloads every guide of the site.
 *
 * A guide's own files are its prerendered pages, every chunk built from its folder (its
 * machine, pages, data) and its search files (its steps as results show them, its postings for
 * searching offline); the search's shared postings are fetched as searches need them, never
 * precached (they grow with the library); every other file of the build is the shell.
 */
import type { SearchIndexFile } from '../features/search/search-index';

/** A guide as its files are found: its id, its folder from the root (`/content/x`), its base path. */
export interface OfflineGuide {
  id: string;
  folder: string;
  pathname: string;
}

/** One entry of Vite's build manifest (`dist/.vite/manifest.json`). */
interface BuiltChunk {
  file: string;
  src?: string;
  css?: readonly string[];
}

/** The file a guide's offline copy lists, at `/offline/<id>.json`. */
export const offlineListPath = (id: string) => `/offline/${id}.json`;

/**
 * Each guide's own files (URL paths: `/assets/…`, `/<base>/…/index.html`), from the build's
 * manifest, its list of files and the search index; the search's shared parts; and the shell,
 * every other file.
 */
export function offlineLists(
  guides: readonly OfflineGuide[],
  manifest: Readonly<Record<string, BuiltChunk>>,
  files: readonly string[],
  search: Pick<SearchIndexFile, 'parts' | 'shown' | 'own' | 'inline'>,
): { shell: string[]; guides: Record<string, string[]>; searchParts: string[] } {
  const inFolder = (src: string, folder: string) => `/${src}`.startsWith(`${folder}/`);
  const inBase = (file: string, base: string) => file.startsWith(`${base}/`);
  const own: Record<string, Set<string>> = {};
  for (const guide of guides) {
    const set = new Set<string>();
    for (const chunk of Object.values(manifest)) {
      if (!chunk.src || !inFolder(chunk.src.split('?')[0]!, guide.folder)) continue;
      set.add(`/${chunk.file}`);
      for (const css of chunk.css ?? []) set.add(`/${css}`);
    }
    for (const file of files) if (inBase(file, guide.pathname)) set.add(file);
    for (const file of [search.shown[guide.id], search.own[guide.id]]) {
      if (file && !search.inline) set.add(`/${file}`);
    }
    own[guide.id] = set;
  }
  const searchParts = search.inline ? [] : search.parts.map((part) => `/${part.file}`);
  const notShell = new Set([...Object.values(own).flatMap((set) => [...set]), ...searchParts]);
  return {
    shell: files.filter((file) => !notShell.has(file)),
    searchParts,
    guides: Object.fromEntries(Object.entries(own).map(([id, set]) => [id, [...set].sort()])),
  };
}
