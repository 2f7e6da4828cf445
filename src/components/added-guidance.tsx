import type { ReactNode } from 'react';

/** Guidance this tool adds beyond the TSG: always visibly marked as such. */
export function AddedGuidance({ children }: { children?: ReactNode }) {
  return (
    <aside
      aria-label="Added guidance, not in the TSG"
      className="my-5 rounded-md border-l-4 border-violet-700 bg-violet-50 px-4 py-3 dark:border-violet-400 dark:bg-violet-950/60"
    >
      <p className="mb-1 text-sm font-bold tracking-wide text-violet-800 uppercase dark:text-violet-200">
        Added guidance · not in the TSG
      </p>
      <div className="[&>*:last-child]:mb-0">{children}</div>
    </aside>
  );
}
