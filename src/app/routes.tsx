import type { RouteObject } from 'react-router';
import { guideRegistry } from '../guides/guide-registry';
import { AppLayout } from './app-layout';
import { analyzerRoute } from './routes/analyzer-routes';
import { GuideRoute } from './routes/guide-route';
import { LazyHomeRoute } from './routes/lazy-home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RootErrorBoundary } from './routes/root-error-boundary';
import { RouteErrorBoundary } from './routes/route-error-boundary';
import { SearchRoute } from './routes/search-route';
import { trainingRoutes } from './routes/training-routes';

/**
 * One route per guide, at its base path, serves every step of it: the step is read from the
 * path with the table the guide's machine defines, so a step added to a machine (or a guide
 * added to `content/`) has its URLs with no change here. Each guide also has its log analyzer
 * (`/analyze`, a lazy chunk) and its training pages (`/map`, `/glossary`, `/checklist`,
 * `/practice`). The browser router and the build-time prerender both use these, made once the
 * list of guides has loaded (`guideRegistry.ready()`).
 */
export const createRoutes = (): RouteObject[] => [
  {
    element: <AppLayout />,
    errorElement: <RootErrorBoundary />,
    children: [
      { index: true, element: <LazyHomeRoute /> },
      // The home page's own file, as some links and hosts spell it.
      { path: 'index.html', element: <LazyHomeRoute /> },
      { path: 'search', element: <SearchRoute /> },
      ...guideRegistry.guides.flatMap((manifest) => [
        {
          path: `${manifest.basePath}/*`,
          element: <GuideRoute guideId={manifest.id} />,
          errorElement: <RouteErrorBoundary />,
        },
        analyzerRoute(manifest),
        ...trainingRoutes(manifest),
      ]),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
