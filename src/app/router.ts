import { createBrowserRouter } from 'react-router';
import { routes } from './routes';

/**
 * The app's router. Taking over a prerendered page (`hydrating`), it starts from the page as it
 * is: hydration data makes it leave the scroll position alone on its first render, so a reader
 * who scrolled before the app arrived is not sent back to the top.
 */
export function createAppRouter({ hydrating }: { hydrating: boolean }) {
  return createBrowserRouter(routes, hydrating ? { hydrationData: {} } : undefined);
}
