import { useLocation } from 'react-router';
import { retryableLazy } from '../../lib/retryable-lazy';

// The home page loads its code when it is opened (a step page never needs it); again after a
// failure by another navigation (a new location key).
const HomeRoute = retryableLazy(
  () => import('./home-route').then((m) => m.HomeRoute),
  'the home page',
);

/** `/`: every guide and every case session, its code loaded when the page is opened. */
export function LazyHomeRoute() {
  return <HomeRoute attempt={useLocation().key} />;
}
