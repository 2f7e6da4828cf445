import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { GuideSourceFiles } from './guide-source.ts';

/**
 * A guide folder's text files as the compiler takes them (Node only: the build, the checks, the
 * scripts). What the compiler writes (`generated/`) is not read back.
 */

const textFile = /\.(md|mdx|yml|yaml|txt)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `folder` relative to `root` (the repository), e.g. `content/extension-failures`. */
export function readGuideFolder(root: string, folder: string): GuideSourceFiles {
  const dir = resolve(root, folder);
  const files: Record<string, string> = {};
  const all = existsSync(dir) ? filesUnder(dir) : [];
  for (const path of all) {
    const name = relative(dir, path).split('\\').join('/');
    if (name.startsWith('generated/')) continue;
    if (textFile.test(name)) files[name] = readFileSync(path, 'utf8');
  }
  return {
    folder,
    files,
    hasPredicates: all.some((p) => relative(dir, p) === 'predicates.ts'),
  };
}

/** The guide folders under `content/` (and the fixtures' folder when asked), sorted. */
export function guideFolders(root: string, withFixtures: boolean): string[] {
  return ['content', ...(withFixtures ? ['e2e/fixtures/guides'] : [])].flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => `${dir}/${d.name}`)
          .sort()
      : [],
  );
}
