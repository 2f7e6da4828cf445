import type { ReactNode } from 'react';

/** Where the TSG is inconsistent or silent: said plainly, never papered over. */
export function TsgNote({ children }: { children?: ReactNode }) {
  return (
    <aside
      aria-label="Note on the TSG text"
      className="my-5 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950/50"
    >
      <p className="mb-1 text-sm font-bold tracking-wide text-amber-900 uppercase dark:text-amber-200">
        Note on the TSG text
      </p>
      <div className="[&>*:last-child]:mb-0">{children}</div>
    </aside>
  );
}
