import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { preloadCurrentStep } from './app/preload-current-step';
import { router } from './app/router';
import { isPrerenderStale } from './prerender/page-scripts';
import './styles/app.css';

await preloadCurrentStep();

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

if (container.hasChildNodes() && !isPrerenderStale(document.documentElement)) {
  // A step's page prerendered at build time, showing what the app shows here: take it over.
  hydrateRoot(container, app);
} else {
  // The SPA shell, or a prerendered page that would differ (answers, a case session, hidden
  // until the real screen is committed: `PrerenderTakeover`).
  createRoot(container).render(app);
}
