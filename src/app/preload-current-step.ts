import { loadStepContent } from '../features/guide/content/step-content';
import { resolveStep } from '../features/guide/links/resolve-step';
import { guideRegistry } from '../guides/guide-registry';
import { loadStepAids } from './routes/step-aids';
import { loadTrainingPages, trainingRouteOf } from './routes/training-pages-loader';

/**
 * The opened guide and its step's content (or the training page's code and data), loaded before
 * the first render (the page has already started downloading them), so the first screen appears
 * whole instead of after a Suspense fallback. A failure is left to the route's error screen.
 */
export async function preloadCurrentStep(): Promise<void> {
  const found = guideRegistry.guideForPathname(window.location.pathname);
  if (!found) return;
  const guideId = found.entry.manifest.id;
  try {
    const training = trainingRouteOf(found.rest);
    if (training) {
      const [guide, pages] = await Promise.all([
        guideRegistry.loadGuide(guideId),
        loadTrainingPages(),
      ]);
      await pages.preloadTrainingPage(guide, training.kind, {
        ...training,
        search: window.location.search,
      });
      return;
    }
    const aids = loadStepAids(guideId);
    const guide = await guideRegistry.loadGuide(guideId);
    const view = resolveStep(guide, found.rest, window.location.search);
    if (view.status === 'step') await loadStepContent(guideId, view.step.id);
    await aids;
  } catch {
    // The route shows the error.
  }
}
