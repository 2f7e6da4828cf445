import { useLocation } from 'react-router';
import { guideRegistry } from '../../guides/guide-registry';
import { retryableLazy } from '../../lib/retryable-lazy';

// The home page loads its code and the guides' cards when it is opened (a step page never needs
// them); again after a failure by another navigation (a new location key).
const HomeRoute = retryableLazy(
  () =>
    Promise.all([
      import('./home-route'),
      guideRegistry.failure() === undefined ? guideRegistry.loadCards() : undefined,
    ]).then(([m]) => m.HomeRoute),
  'the home page',
);

/** `/`: every guide and every case session, its code loaded when the page is opened. */
export function LazyHomeRoute() {
  return <HomeRoute attempt={useLocation().key} />;
}
