import { loadStepAids, stepAidsModules } from '../app/routes/step-aids';
import { documentDescription, documentTitle } from '../app/use-document-title';
import { loadStepContent } from '../features/guide/content/step-content';
import { stepPathname } from '../features/guide/links/guide-href';
import type { GuideManifest } from '../machine/guide-definition';
import { guideRegistry, type GuideEntry } from '../guides/guide-registry';
import type { GuideModel } from '../machine/guide-model';
import type { StepMeta } from '../machine/step-meta';
import { stepsWithNoticeAboveTitle } from './notice-above-title';
import type { GuideStart, PrerenderedPage } from './prerendered-document';
import { renderPath } from './render-path';
import { renderTrainingPages } from './render-training-pages';

// What scripts/prerender.mjs uses from this build.
export { missingFacts } from './missing-facts';
export { prerenderedDocument, shellDocument } from './prerendered-document';
export { pageInlineSources } from './page-scripts';
export { withoutManifestLink } from '../features/offline/manifest-link';
export { cachingRules } from './cache-rules';
export { offlineListPath, offlineLists } from './offline-lists';
export { cardsFileName, libraryFileName, libraryFiles } from '../guides/guide-bundle';
export {
  contentSecurityPolicy,
  headersFile,
  hostHeaders,
  withPolicyMeta,
} from './content-security-policy';
export { buildSearchFiles, searchIndexFileName } from '../features/search/build/build-search-index';

/** Loads the list of guides: first, before the rest here. */
export const loadGuides = () => guideRegistry.ready();

/** Every guide's start page (its base path, where its pages are), its id, folder and manifest. */
export async function guideStarts(): Promise<
  (GuideStart & { id: string; folder: string; manifest: GuideManifest })[]
> {
  return Promise.all(
    guideRegistry.guides.map(async ({ id, folder }) => {
      const { manifest } = await guideRegistry.loadBundle(id);
      return { id, folder, manifest, title: manifest.title, pathname: manifest.basePath };
    }),
  );
}

/**
 * Every step URL of every guide rendered at build time, with the same routes, screens and
 * content as in the browser, so the first screen paints from HTML before any script runs. A step
 * opened without answers is the same for anyone (the start page, or a step's reference view),
 * which is what makes it safe to render ahead; the browser then hydrates it. So are the guide's
 * training pages (`render-training-pages.tsx`).
 */
export async function renderStepPages(): Promise<PrerenderedPage[]> {
  const pages: PrerenderedPage[] = [];
  for (const entry of guideRegistry.guides) {
    const guide = await guideRegistry.loadGuide(entry.id);
    for (const step of guide.steps) pages.push(await renderStepPage(entry, guide, step));
    pages.push(...(await renderTrainingPages(entry, guide)));
  }
  return pages;
}

/** One step's page, opened with no answers (also what `npm run check:guides` reads). */
export async function renderStepPage(
  entry: GuideEntry,
  guide: GuideModel,
  step: StepMeta,
): Promise<PrerenderedPage> {
  const { manifest } = guide;
  const { files } = await guideRegistry.loadBundle(entry.id);
  await Promise.all([loadStepContent(entry.id, step.id), loadStepAids(entry.id)]);
  const pathname = stepPathname(guide, step);
  const html = await renderPath(pathname);
  return {
    guideId: manifest.id,
    stepId: step.id,
    pathname,
    title: documentTitle(step.title, manifest.title),
    description: documentDescription(step.title, manifest),
    guideStart: { title: manifest.title, pathname: manifest.basePath },
    html,
    modules: [
      files.bundle,
      files.definition,
      files.pages[step.id]!,
      ...stepAidsModules(manifest.id),
    ],
    shownWithAnswers: !stepsWithNoticeAboveTitle(guide).has(step.id),
  };
}
