import type { RouteObject } from 'react-router';
import { guideBasePath } from '../../content/extension-failures/guide';
import { AppLayout } from './app-layout';
import { HomeRoute } from './routes/home-route';
import { GuideStepRoute } from './routes/guide-step-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RootErrorBoundary } from './routes/root-error-boundary';
import { RouteErrorBoundary } from './routes/route-error-boundary';

/**
 * One route serves every step: the step is read from the path with the table the machine
 * defines (`stepByPath`), so a step added to the machine has a URL with no change here. The
 * browser router and the build-time prerender both use these.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RootErrorBoundary />,
    children: [
      { index: true, element: <HomeRoute /> },
      // The home page's own file, as some links and hosts spell it.
      { path: 'index.html', element: <HomeRoute /> },
      {
        path: `${guideBasePath}/*`,
        element: <GuideStepRoute />,
        errorElement: <RouteErrorBoundary />,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
