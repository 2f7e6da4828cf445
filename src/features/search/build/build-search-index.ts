import { guideRegistry } from '../../../guides/guide-registry';
import { stepPathname } from '../../guide/links/guide-href';
import { buildSearchDocuments, type GuideText } from '../search-document';
import { createHash } from 'node:crypto';
import { searchFiles } from '../search-index';
import { searchIndexFileName } from '../search-index-file';
import { renderStepText } from './render-step-text';

export { searchIndexFileName };

/**
 * Every guide's steps as the search reads them: each step's titles, answers and the text its
 * page renders, with the guide's search terms. Build time only (`scripts/prerender.mjs`, and the
 * dev server's index, `scripts/search-index-dev.ts`).
 */
export async function collectGuideTexts(): Promise<GuideText[]> {
  await guideRegistry.ready();
  const texts: GuideText[] = [];
  for (const { id } of guideRegistry.guides) {
    const guide = await guideRegistry.loadGuide(id);
    const loadTerms = (await guideRegistry.loadBundle(id)).searchTerms;
    const steps = [];
    for (const step of guide.steps) {
      steps.push({
        step,
        href: stepPathname(guide, step),
        blocks: await renderStepText(guide, step.id),
      });
    }
    texts.push({
      manifest: guide.manifest,
      steps,
      searchTerms: loadTerms ? await loadTerms() : [],
    });
  }
  return texts;
}

/**
 * The search's files (path from the site's root → JSON): the index file, and the files it names,
 * under `assets/` with their content's hash in their names (a new build names new files, so an
 * index never reads another build's parts).
 */
export async function buildSearchFiles(): Promise<Map<string, string>> {
  const { index, files } = searchFiles(
    buildSearchDocuments(await collectGuideTexts()),
    (base, content) =>
      `assets/${base}-${createHash('sha256').update(content).digest('hex').slice(0, 10)}.json`,
  );
  return files.set(searchIndexFileName, index);
}
