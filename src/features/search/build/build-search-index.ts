import { guideRegistry } from '../../../guides/guide-registry';
import { stepPathname } from '../../guide/links/guide-href';
import { buildSearchDocuments, type GuideText } from '../search-document';
import { serializeSearchIndex } from '../search-index';
import { renderStepText } from './render-step-text';

export { searchIndexFileName } from '../search-index-file';

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

/** The search index file's content (JSON). */
export async function buildSearchIndexJson(): Promise<string> {
  return serializeSearchIndex(buildSearchDocuments(await collectGuideTexts()));
}
