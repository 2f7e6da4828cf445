import { Link, useRouteError } from 'react-router';
import { isLoadError } from '../../lib/load-cache';
import { LoadFailureScreen } from './load-failure-screen';
import { linkClass } from '../../components/link-classes';

/**
 * Something failed while opening a page: most often its code or content could not be fetched
 * (offline, or a redeploy removed it), which `LoadFailureScreen` explains and retries; anything
 * else is a fault of the app.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isLoadError(error)) return <LoadFailureScreen error={error} />;
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">This page could not be opened</h1>
      <p className="mb-2">
        Something went wrong while opening it. Reload the page: your answers are in the address, so
        nothing is lost.
      </p>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">Details: {message}</p>
      <div className="flex gap-4">
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white dark:bg-sky-300 dark:text-slate-950"
        >
          Reload
        </button>
        <Link to="/" className={`self-center ${linkClass}`}>
          Go to the list of guides
        </Link>
      </div>
    </div>
  );
}
