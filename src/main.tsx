import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { preloadCurrentStep } from './app/preload-current-step';
import { router } from './app/router';
import { clearStalePrerender, isPrerenderStale } from './prerender/page-scripts';
import './styles/app.css';

await preloadCurrentStep();

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);
const html = document.documentElement;

if (container.hasChildNodes() && !isPrerenderStale(html)) {
  // A step's page prerendered at build time, showing what the app shows here: take it over.
  hydrateRoot(container, app);
} else {
  // The SPA shell, or a prerendered page that would differ (answers, a case session): render,
  // then show the page, which was hidden until now.
  flushSync(() => createRoot(container).render(app));
  clearStalePrerender(html);
}
