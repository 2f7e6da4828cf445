import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCompiledGuide } from '../../machine/compiled-guide.ts';
import type { NamedPredicate } from '../../machine/guide-condition.ts';
import type { GuideDefinition, GuideManifest } from '../../machine/guide-definition.ts';
import { formatProblem } from '../validation/guide-problem.ts';
import { compileGuide, type CompiledGuideSource } from './compile-guide.ts';
import { markdownGuideFiles } from './guide-source.ts';
import { readGuideFolder } from './read-guide-folder.ts';

/**
 * A guide written in Markdown, compiled and ready to run, outside the app's build (Node: the
 * browser tests, the scripts). Throws when the guide cannot be made, with its problems.
 */
export async function loadMarkdownGuide(
  root: string,
  folder: string,
): Promise<{ manifest: GuideManifest; definition: GuideDefinition; source: CompiledGuideSource }> {
  const source = compileGuide(readGuideFolder(root, folder));
  if (!source.manifest || !source.compiled) {
    const guide = folder.slice(folder.lastIndexOf('/') + 1);
    throw new Error(
      `${folder} cannot be made:\n${source.problems.map((p) => formatProblem({ ...p, guide, folder })).join('\n')}`,
    );
  }
  const predicatesFile = resolve(root, folder, markdownGuideFiles.predicates);
  const predicates = existsSync(predicatesFile)
    ? (
        (await import(pathToFileURL(predicatesFile).href)) as {
          predicates: Record<string, NamedPredicate>;
        }
      ).predicates
    : {};
  return {
    manifest: source.manifest,
    definition: defineCompiledGuide(source.compiled, predicates),
    source,
  };
}

/** Whether a folder holds a guide written in Markdown. */
export const isMarkdownGuideFolder = (root: string, folder: string) =>
  existsSync(join(root, folder, markdownGuideFiles.manifest));
