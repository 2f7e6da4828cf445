import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type StaticHandler,
} from 'react-router';
import { createRoutes } from '../app/routes';

let handler: StaticHandler | undefined;

/** A URL of the app rendered with its routes, as the browser's first render shows it. */
export async function renderPath(pathname: string): Promise<string> {
  handler ??= createStaticHandler(createRoutes());
  const request = new Request(new URL(pathname, 'http://prerender.local'));
  const context = await handler.query(request);
  if (context instanceof Response) throw new Error(`${pathname} answered ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
}
