import { useEffect, useState } from 'react';
import { useBlocker, useLocation, useNavigate, type Location } from 'react-router';
import { LoadFailureNotice } from '../components/load-failure-notice';
import { guideRegistry } from '../guides/guide-registry';
import { failureEpisodes } from '../lib/retry-backoff';
import { isLocationLoaded, loadLocation } from './load-location';

interface Failure {
  error: unknown;
  /** Where the engineer was going. */
  to: Location;
  /** Where they stayed. */
  from: string;
}

/** What the blocked URL would show, as a sentence's subject. */
function describe(to: Location): string {
  const found = guideRegistry.guideForPathname(to.pathname);
  const guide = found && guideRegistry.loadedGuide(found.entry.id);
  const step = found && guide?.stepByPath(found.rest);
  if (step) return `The step “${step.shortTitle}”`;
  if (guide) return `The guide “${guide.manifest.title}”`;
  if (found) return 'The guide';
  return 'The page you opened';
}

/**
 * Holds an in-app navigation (a link, Back or Forward) to a guide page whose code or content is
 * not loaded yet, until it is: the screen and its URL stay as they are meanwhile, as they would
 * during any navigation. If the load fails, the engineer stays on the page they were on, with its
 * URL, and a notice says what could not be opened and why, retries it a few times and when the
 * connection is back, and offers Retry, which goes on once it loads. Renders that notice, or
 * nothing. (Continue loads the next step itself, before it moves: see `StepScreen`.)
 */
export function NavigationGate() {
  const location = useLocation();
  const navigate = useNavigate();
  const blocker = useBlocker(
    ({ nextLocation }) => !isLocationLoaded(nextLocation.pathname, nextLocation.search),
  );
  const [failure, setFailure] = useState<Failure | null>(null);
  const here = `${location.pathname}${location.search}`;

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const to = blocker.location;
    let live = true;
    loadLocation(to.pathname, to.search, `gate:${to.key}`).then(
      () => {
        if (!live) return;
        failureEpisodes.ended(`${to.pathname}${to.search}`);
        setFailure(null);
        blocker.proceed();
      },
      (error: unknown) => {
        if (!live) return;
        blocker.reset();
        setFailure({ error, to, from: here });
      },
    );
    return () => {
      live = false;
    };
  }, [blocker, here]);

  // A notice about a navigation from another page (the engineer has moved on since) is stale.
  if (!failure || failure.from !== here) return null;
  const { to } = failure;
  return (
    <div className="mb-6">
      <LoadFailureNotice
        error={failure.error}
        what={describe(to)}
        episode={`${to.pathname}${to.search}`}
        retrying={blocker.state === 'blocked'}
        onRetry={() => void navigate({ pathname: to.pathname, search: to.search, hash: to.hash })}
      />
    </div>
  );
}
