import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { preloadCurrentStep } from './app/preload-current-step';
import { guideRegistry } from './guides/guide-registry';
import { createAppRouter } from './app/router';
import { hasPendingSubmit, isPrerenderStale } from './prerender/page-scripts';
import './styles/app.css';

// The list of guides first (every page preloads it): the routes are made from it. Without it, the
// app says so in the page's place (`NotFoundRoute`, the home page).
const listed = await guideRegistry.ready().then(
  () => true,
  () => false,
);
const loaded = listed && (await preloadCurrentStep());

const container = document.getElementById('root')!;
// A step's page prerendered at build time, showing what the app shows here? (Not when its code
// could not be loaded: the app then shows that, with a Retry, in the page's place.)
const hydrating =
  loaded && container.hasChildNodes() && !isPrerenderStale(document.documentElement);
const router = createAppRouter({ hydrating });
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);
// `npm run dev`: the guide author's live preview (never in a build).
if (import.meta.env.DEV) {
  void import('./app/live-preview/live-preview').then((m) => m.startLivePreview(router));
}

const takeOver = () => {
  if (hydrating) {
    // Take it over as it is.
    hydrateRoot(container, app);
  } else {
    // The SPA shell, or a prerendered page that would differ (answers, a case session, hidden
    // until the real screen is committed: `PrerenderTakeover`).
    createRoot(container).render(app);
  }
};

// Rendered as a transition: React then works in slices of a few milliseconds, yielding to the
// browser between them, instead of one long task that would hold up a click or a scroll (a
// default-priority first render or hydration is never sliced). The page stays usable meanwhile:
// it is the prerendered page, and choices made in it are kept (`PrerenderTakeover`). But when
// Start or Continue was pressed while the app loaded, someone is waiting for the next step:
// the page is then taken over in one go, with no frames and yields between slices.
if (hasPendingSubmit()) takeOver();
else startTransition(takeOver);
