import type { RouteObject } from 'react-router';
import { guideBasePath } from '../../content/extension-failures/guide';
import { AppLayout } from './app-layout';
import { HomeRoute } from './routes/home-route';
import { GuideStepRoute } from './routes/guide-step-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteErrorBoundary } from './routes/route-error-boundary';

/**
 * One route serves every step: the step is read from the path with the table the machine
 * defines (`stepByPath`), so a step added to the machine has a URL with no change here. The
 * browser router and the build-time prerender both use these.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        // The log analyzer, loaded only when opened (temporary home; moves under the guide).
        path: `${guideBasePath}/analyze`,
        lazy: () => import('./routes/analyzer-route').then((m) => ({ Component: m.AnalyzerRoute })),
        errorElement: <RouteErrorBoundary />,
        hydrateFallbackElement: <div aria-busy="true" className="min-h-[70vh]" />,
      },
      {
        path: `${guideBasePath}/*`,
        element: <GuideStepRoute />,
        errorElement: <RouteErrorBoundary />,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
