import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from '../app/routes';
import { documentTitle } from '../app/use-document-title';
import { loadStepContent, stepPageFile } from '../features/guide/content/step-content';
import { stepPathname } from '../features/guide/links/guide-href';
import { guideRegistry } from '../guides/guide-registry';
import type { PrerenderedPage } from './prerendered-document';

export { prerenderedDocument } from './prerendered-document';
export {
  buildSearchIndexJson,
  searchIndexFileName,
} from '../features/search/build/build-search-index';

/**
 * Every step URL of every guide rendered at build time, with the same routes, screens and
 * content as in the browser, so the first screen paints from HTML before any script runs. A step
 * opened without answers is the same for anyone (the start page, or a step's reference view),
 * which is what makes it safe to render ahead; the browser then hydrates it.
 */
export async function renderStepPages(): Promise<PrerenderedPage[]> {
  const handler = createStaticHandler(routes);
  const pages: PrerenderedPage[] = [];
  for (const { folder, manifest } of guideRegistry.guides) {
    const guide = await guideRegistry.loadGuide(manifest.id);
    for (const step of guide.steps) {
      await loadStepContent(manifest.id, step.id);
      const pathname = stepPathname(guide, step);
      const request = new Request(new URL(pathname, 'http://prerender.local'));
      const context = await handler.query(request);
      if (context instanceof Response) throw new Error(`${pathname} answered ${context.status}`);
      const router = createStaticRouter(handler.dataRoutes, context);
      const html = renderToString(
        <StrictMode>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </StrictMode>,
      );
      pages.push({
        guideId: manifest.id,
        stepId: step.id,
        pathname,
        title: documentTitle(step.title),
        html,
        modules: [`${folder}/index.ts`, stepPageFile(manifest.id, step.id)!].map((f) => f.slice(1)),
      });
    }
  }
  return pages;
}
