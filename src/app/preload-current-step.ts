import { loadStepContent } from '../features/guide/content/step-content';
import { stepPathFromPathname } from '../features/guide/links/guide-href';
import { resolveStep } from '../features/guide/links/resolve-step';

/**
 * The opened step's content, loaded before the first render (index.html has already started
 * downloading it), so the first screen appears whole instead of after a Suspense fallback.
 * A failure is left to the route's error screen.
 */
export async function preloadCurrentStep(): Promise<void> {
  const view = resolveStep(
    stepPathFromPathname(window.location.pathname) ?? '',
    window.location.search,
  );
  if (view.status === 'step') await loadStepContent(view.step.id).catch(() => undefined);
}
