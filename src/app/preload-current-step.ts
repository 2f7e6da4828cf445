import { loadLocation } from './load-location';

/**
 * The opened guide and its step's content, loaded before the first render (the page has already
 * started downloading them), so the first screen appears whole instead of after a Suspense
 * fallback. A failure is left to the route's error screen.
 */
export async function preloadCurrentStep(): Promise<void> {
  try {
    await loadLocation(window.location.pathname, window.location.search);
  } catch {
    // The route shows the error.
  }
}
