import { loadTrainingPages, trainingPagesModule } from '../app/routes/training-pages-loader';
import { documentDescription, documentTitle } from '../app/use-document-title';
import { preloadTrainingPage } from '../app/training/training-preload';
import { trainingDataFiles } from '../features/training/training-data';
import {
  trainingHref,
  trainingPages,
  trainingPageTitles,
} from '../features/training/training-links';
import { guideRegistry, type GuideEntry } from '../guides/guide-registry';
import { headingsIn } from '../guides/validation/html-text';
import type { GuideModel } from '../machine/guide-model';
import type { PrerenderedPage } from './prerendered-document';
import { renderPath } from './render-path';

/**
 * A guide's training pages that are the same for everyone, rendered at build time like its
 * steps: the decision map (no path highlighted), the glossary, the checklist and the list of
 * practice cases (no progress: the trainee's is read once the app runs).
 */
export async function renderTrainingPages(
  entry: GuideEntry,
  guide: GuideModel,
): Promise<PrerenderedPage[]> {
  const { manifest } = guide;
  const { files: guideFiles } = await guideRegistry.loadBundle(entry.id);
  const pages: PrerenderedPage[] = [];
  await loadTrainingPages();
  for (const page of trainingPages) {
    await preloadTrainingPage(guide, page);
    const pathname = trainingHref(guide, page);
    const files = trainingDataFiles(manifest.id);
    const data =
      page === 'glossary' ? files.glossary : page === 'practice' ? files.practiceCases : undefined;
    const stepPages = page === 'checklist' ? guide.steps.map((s) => guideFiles.pages[s.id]!) : [];
    const html = await renderPath(pathname);
    // The page itself, not an error screen, or the build stops here.
    const heading = headingsIn(html, 1)[0] ?? '';
    if (!heading.startsWith(page === 'checklist' ? 'Checklist:' : trainingPageTitles[page])) {
      throw new Error(`${pathname} rendered "${heading}", not its page`);
    }
    pages.push({
      guideId: manifest.id,
      pathname,
      title: documentTitle(trainingPageTitles[page], manifest.title),
      description: documentDescription(trainingPageTitles[page], manifest),
      guideStart: { title: manifest.title, pathname: manifest.basePath },
      html,
      modules: [
        guideFiles.bundle,
        guideFiles.definition,
        trainingPagesModule,
        ...(data ? [data] : []),
        ...stepPages,
      ],
      // With answers the map highlights their path and opens on it: hidden until it does.
      shownWithAnswers: false,
    });
  }
  return pages;
}
