import { isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { guideRegistry } from '../../guides/guide-registry';
import { isLoadError } from '../../lib/load-cache';
import { PrerenderTakeover } from '../../prerender/prerender-takeover';
import { AppLayout } from '../app-layout';
import { GuideRoute } from './guide-route';
import { NotFoundRoute } from './not-found-route';
import { RouteErrorBoundary } from './route-error-boundary';

/**
 * What the router shows when it cannot render a route. A path no route matches is not an
 * error but an unknown page: the router's patterns never match a path holding a newline-type
 * character (`%0a`, `%0d`, `%E2%80%A8`), so such a path under a guide gets that guide's own
 * "no such step" screen, with the steps it likely meant, and any other the "page not found"
 * screen, in the usual page. Anything else is a real failure (see `RouteErrorBoundary`).
 */
export function RootErrorBoundary() {
  const error = useRouteError();
  const { pathname } = useLocation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const found = guideRegistry.guideForPathname(pathname);
    return (
      <AppLayout>{found ? <GuideRoute guideId={found.entry.id} /> : <NotFoundRoute />}</AppLayout>
    );
  }
  if (isLoadError(error)) {
    // A page's code that could not be fetched: said and retried in the usual page.
    return (
      <AppLayout>
        <RouteErrorBoundary />
      </AppLayout>
    );
  }
  return (
    <>
      <RouteErrorBoundary />
      {/* A stale prerendered page stays hidden until the app shows something in its place. */}
      <PrerenderTakeover />
    </>
  );
}
