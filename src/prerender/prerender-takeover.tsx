import { useLayoutEffect } from 'react';
import { clearStalePrerender, takePendingSubmit } from './page-scripts';

/**
 * The app's side of a prerendered page, committed with the first screen (render it beside the
 * routes' outlet, inside the same Suspense boundary): shows a page hidden as stale now that the
 * real screen is in place, stops holding submissions (from here on the app handles them), and
 * submits again, once, a form pressed while the app was loading (see `appLoader`). It does so
 * in a task of its own: not inside another submission, where `requestSubmit` does nothing.
 * Renders nothing.
 */
export function PrerenderTakeover() {
  useLayoutEffect(() => {
    clearStalePrerender(document.documentElement);
    const pending = takePendingSubmit();
    // Not cancelled on cleanup: the pending form is taken once, so it is submitted once.
    if (pending) setTimeout(() => pending.isConnected && pending.requestSubmit(), 0);
  }, []);
  return null;
}
