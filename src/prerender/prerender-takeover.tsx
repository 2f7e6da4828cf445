import { useLayoutEffect } from 'react';
import { clearStalePrerender, replayEarlyChoices, takePendingSubmit } from './page-scripts';

/**
 * The app's side of a prerendered page, committed with the first screen (render it beside the
 * routes' outlet, inside the same Suspense boundary): shows a page hidden as stale now that the
 * real screen is in place, stops holding submissions (from here on the app handles them), gives
 * the app the choices made in the page before it ran, and submits again, once, a form sent while
 * the app was loading (see `guardScript`), with those choices. It does so in tasks of its own:
 * not inside the commit or another submission (where `requestSubmit` does nothing), and the
 * submission only once the app has rendered the choices (a task after the clicks).
 * Renders nothing.
 */
export function PrerenderTakeover() {
  useLayoutEffect(() => {
    const html = document.documentElement;
    clearStalePrerender(html);
    const pending = takePendingSubmit();
    // Not cancelled on cleanup: all this happens once, for the page the app took over.
    setTimeout(() => {
      replayEarlyChoices(document.getElementById('root') ?? document);
      if (pending) setTimeout(() => pending.isConnected && pending.requestSubmit(), 0);
    }, 0);
  }, []);
  return null;
}
