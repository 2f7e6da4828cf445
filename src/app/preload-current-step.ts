import { loadStepContent } from '../features/guide/content/step-content';
import { resolveStep } from '../features/guide/links/resolve-step';
import { guideRegistry } from '../guides/guide-registry';

/**
 * The opened guide and its step's content, loaded before the first render (the page has already
 * started downloading them), so the first screen appears whole instead of after a Suspense
 * fallback. A failure is left to the route's error screen.
 */
export async function preloadCurrentStep(): Promise<void> {
  const found = guideRegistry.guideForPathname(window.location.pathname);
  if (!found) return;
  try {
    const guide = await guideRegistry.loadGuide(found.entry.manifest.id);
    const view = resolveStep(guide, found.rest, window.location.search);
    if (view.status === 'step') await loadStepContent(guide.manifest.id, view.step.id);
  } catch {
    // The route shows the error.
  }
}
