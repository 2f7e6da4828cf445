import { useEffect, useLayoutEffect } from 'react';
import { clearStalePrerender, takePendingSubmit } from './page-scripts';

/**
 * The app's side of a prerendered page, committed with the first screen (so render it beside
 * the routes' outlet): shows a page hidden as stale now that the real screen is in place, and
 * submits again a form pressed while the app was loading (see `appLoader`). Renders nothing.
 */
export function PrerenderTakeover() {
  useLayoutEffect(() => clearStalePrerender(document.documentElement), []);
  useEffect(() => {
    takePendingSubmit()?.requestSubmit();
  }, []);
  return null;
}
