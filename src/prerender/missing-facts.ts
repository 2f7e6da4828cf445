import { guideRegistry } from '../guides/guide-registry';
import { checkFacts } from '../guides/validation/check-facts';
import { formatProblem } from '../guides/validation/guide-problem';
import { guideFacts } from './guide-facts';
import type { PrerenderedPage } from './prerendered-document';

/**
 * The TSG facts (each page's `facts:`) that the prerendered pages do not show, as `npm run check:guides`
 * words them: the prerender refuses to write a build that leaves one out.
 */
export function missingFacts(pages: readonly PrerenderedPage[]): string[] {
  return guideRegistry.guides.flatMap(({ folder, id }) => {
    const guide = guideRegistry.loadedGuide(id);
    if (!guide) return [];
    const { manifest } = guide;
    const stepPages = Object.fromEntries(
      pages
        .filter((p) => p.guideId === manifest.id && p.stepId !== undefined)
        .map((p) => [p.stepId, { html: p.html }]),
    );
    return checkFacts(guide.steps, guideFacts[folder] ?? {}, stepPages).map((problem) =>
      formatProblem({ ...problem, guide: manifest.id, folder: folder.slice(1) }),
    );
  });
}
