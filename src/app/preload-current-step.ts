import { loadLocation } from './load-location';

/**
 * The opened guide and its step's content (or the training page's code and data), loaded before
 * the first render (the page has already started downloading them), so the first screen appears
 * whole instead of after a Suspense fallback. Resolves to whether they loaded; a failure is left
 * to the route's error screen.
 */
export async function preloadCurrentStep(): Promise<boolean> {
  try {
    await loadLocation(window.location.pathname, window.location.search);
    return true;
  } catch {
    return false;
  }
}
