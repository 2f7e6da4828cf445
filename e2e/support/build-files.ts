import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file of a build folder, relative to it, with its content read as text. */
export function buildFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(dir, path), text: readFileSync(path, 'utf8') };
    });
}

/** What would give a fixture guide away in a build: its id, title and base path. */
export function fixtureMarks(manifest: { id: string; title: string; basePath: string }): string[] {
  return [manifest.id, manifest.title, manifest.basePath];
}
