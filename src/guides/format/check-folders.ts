import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NamedPredicate } from '../../machine/guide-condition.ts';
import { formatProblem } from '../validation/guide-problem.ts';
import { checkGuideSource } from './check-guide-source.ts';
import { compileGuide } from './compile-guide.ts';
import { generatedFiles } from './generated-files.ts';
import { isMarkdownGuide, markdownGuideFiles } from './guide-source.ts';
import { readGuideFolder } from './read-guide-folder.ts';

/**
 * The first half of `npm run check:guides`, and all of it for a folder named on its command
 * line: every guide written in Markdown checked from its files (`checkGuideSource`), with no
 * build. A guide whose machine cannot be made stops the second half (the rendered pages).
 */
export async function checkGuideFolders(
  root: string,
  folders: readonly string[],
): Promise<{ checked: string[]; problems: string[]; unbuildable: string[] }> {
  const checked: string[] = [];
  const problems: string[] = [];
  const unbuildable: string[] = [];
  for (const folder of folders) {
    const source = readGuideFolder(root, folder);
    if (!isMarkdownGuide(Object.keys(source.files))) continue;
    checked.push(folder);
    const predicatesFile = resolve(root, folder, markdownGuideFiles.predicates);
    const predicates = existsSync(predicatesFile)
      ? (
          (await import(/* @vite-ignore */ pathToFileURL(predicatesFile).href)) as {
            predicates: Record<string, NamedPredicate>;
          }
        ).predicates
      : undefined;
    const names = predicates
      ? Object.fromEntries(Object.entries(predicates).map(([k, p]) => [k, { reads: p.reads }]))
      : undefined;
    const compiled = compileGuide({ ...source, predicates: names });
    if (!compiled.compiled || !compiled.manifest) unbuildable.push(folder);
    const generated = Object.fromEntries(
      [markdownGuideFiles.machine, markdownGuideFiles.graph].map((file) => {
        const path = join(root, folder, file);
        return [file, existsSync(path) ? readFileSync(path, 'utf8') : undefined];
      }),
    );
    const guide = folder.slice(folder.lastIndexOf('/') + 1);
    problems.push(
      ...checkGuideSource(compiled, { predicates, generated }).map((p) =>
        formatProblem({ ...p, guide, folder }),
      ),
    );
  }
  return { checked, problems, unbuildable };
}

/** What `npm run guide:graph` writes for a guide: its files, or why they cannot be made. */
export function guideGraphFiles(
  root: string,
  folder: string,
): { files: Record<string, string>; problems: string[] } {
  const compiled = compileGuide(readGuideFolder(root, folder));
  const guide = folder.slice(folder.lastIndexOf('/') + 1);
  return {
    files: generatedFiles(compiled),
    problems: compiled.problems.map((p) => formatProblem({ ...p, guide, folder })),
  };
}
