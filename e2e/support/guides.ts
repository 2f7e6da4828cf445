import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  isMarkdownGuideFolder,
  loadMarkdownGuide,
} from '../../src/guides/format/load-markdown-guide';
import type { GuideDefinition, GuideManifest } from '../../src/machine/guide-definition';
import { createGuideModel, type GuideModel } from '../../src/machine/guide-model';
import type { PracticeCase } from '../../src/machine/guide-training';

/**
 * The guides the browser tests walk, found as the app finds them: every folder of `content/`
 * (the production guides) or of `e2e/fixtures/guides/` (the test build's fixture guides).
 */

export interface TestGuide {
  model: GuideModel;
  /** Step id → the TSG's words the step must show verbatim (`facts:`, or `facts.ts`). */
  facts: Readonly<Record<string, readonly string[]>>;
  /** The guide's practice cases (none when it has none). */
  practiceCases: readonly PracticeCase[];
  /** The guide's folder (`content/<id>`), from the repository's root. */
  folder: string;
}

async function loadGuides(root: string): Promise<TestGuide[]> {
  const dir = resolve(root);
  if (!existsSync(dir)) return [];
  const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
  return Promise.all(
    folders.map(async ({ name }) => {
      const folder = join(root, name);
      if (isMarkdownGuideFolder('.', folder)) {
        const { manifest, definition, source } = await loadMarkdownGuide('.', folder);
        return {
          model: createGuideModel(manifest, definition),
          facts: source.facts,
          practiceCases: source.data.practiceCases ?? [],
          folder,
        };
      }
      const load = (file: string) => import(pathToFileURL(join(dir, name, file)).href);
      const { manifest } = (await load('guide.ts')) as { manifest: GuideManifest };
      const { definition } = (await load('index.ts')) as { definition: GuideDefinition };
      const { facts } = existsSync(join(dir, name, 'facts.ts'))
        ? ((await load('facts.ts')) as { facts: TestGuide['facts'] })
        : { facts: {} };
      const { practiceCases } = existsSync(join(dir, name, 'practice-cases.ts'))
        ? ((await load('practice-cases.ts')) as { practiceCases: readonly PracticeCase[] })
        : { practiceCases: [] };
      return { model: createGuideModel(manifest, definition), facts, practiceCases, folder };
    }),
  );
}

/** The guides of the production build. */
export const productionGuides = await loadGuides('content');
/** The fixture guides, which only the test build has. */
export const fixtureGuides = await loadGuides('e2e/fixtures/guides');

export function productionGuide(id: string): GuideModel {
  const found = productionGuides.find((g) => g.model.manifest.id === id);
  if (!found) throw new Error(`No guide ${id}`);
  return found.model;
}
