import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { steps } from '../machine/steps';
import { routes } from '../app/routes';
import { documentTitle } from '../app/use-document-title';
import { loadStepContent } from '../features/guide/content/step-content';
import { stepPathname } from '../features/guide/links/guide-href';
import type { PrerenderedPage } from './prerendered-document';

// What scripts/prerender.mjs uses from this build.
export { prerenderedDocument } from './prerendered-document';
export { pageInlineSources } from './page-scripts';
export {
  contentSecurityPolicy,
  headersFile,
  hostHeaders,
  withPolicyMeta,
} from './content-security-policy';

/**
 * Every step URL rendered at build time, with the same routes, screens and content as in the
 * browser, so the first screen paints from HTML before any script runs. A step opened without
 * answers is the same for anyone (the start page, or a step's reference view), which is what
 * makes it safe to render ahead; the browser then hydrates it.
 */
export async function renderStepPages(): Promise<PrerenderedPage[]> {
  const handler = createStaticHandler(routes);
  const pages: PrerenderedPage[] = [];
  for (const step of steps) {
    await loadStepContent(step.id);
    const pathname = stepPathname(step);
    const context = await handler.query(new Request(new URL(pathname, 'http://prerender.local')));
    if (context instanceof Response) throw new Error(`${pathname} answered ${context.status}`);
    const router = createStaticRouter(handler.dataRoutes, context);
    const html = renderToString(
      <StrictMode>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </StrictMode>,
    );
    pages.push({ stepId: step.id, pathname, title: documentTitle(step.title), html });
  }
  return pages;
}
