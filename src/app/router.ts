import { createBrowserRouter } from 'react-router';
import { createRoutes } from './routes';

/**
 * The app's router. Taking over a prerendered page (`hydrating`), it starts from the page as it
 * is: hydration data makes it leave the scroll position alone on its first render, so a reader
 * who scrolled before the app arrived is not sent back to the top. Made once the list of guides
 * has loaded.
 */
export function createAppRouter({ hydrating }: { hydrating: boolean }) {
  return createBrowserRouter(createRoutes(), hydrating ? { hydrationData: {} } : undefined);
}
