import { Link, useRouteError } from 'react-router';

/** Something failed while opening a step (most often: its content could not be downloaded). */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">This step could not be opened</h1>
      <p className="mb-2">
        Its content could not be loaded. Check your connection and reload the page: your answers are
        in the address, so nothing is lost.
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
        <Link to="/" className="self-center font-medium text-brand-700 underline dark:text-sky-300">
          Go to the list of guides
        </Link>
      </div>
    </div>
  );
}
