import { useEffect, useState } from 'react';

/**
 * The live preview's list of what `npm run check:guides` would say of the guides from their
 * files, kept current as the author saves (`guide:problems` from the dev server). Shown only by
 * `npm run dev`, in a corner of the page; nothing of it is in a build.
 */
export function GuideProblemsPanel({
  initial,
  subscribe,
}: {
  initial: Readonly<Record<string, readonly string[]>>;
  subscribe: (on: (folder: string, problems: readonly string[]) => void) => () => void;
}) {
  const [byGuide, setByGuide] = useState(initial);
  const [open, setOpen] = useState(true);
  useEffect(
    () => subscribe((folder, problems) => setByGuide((all) => ({ ...all, [folder]: problems }))),
    [subscribe],
  );
  const problems = Object.values(byGuide).flat();
  const count = problems.length;
  return (
    <section
      aria-label="Guide problems"
      className="fixed right-3 bottom-3 z-50 w-[min(42rem,calc(100vw-1.5rem))] rounded-md border-2 border-slate-700 bg-white text-sm text-slate-900 shadow-lg dark:border-slate-300 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between gap-3 px-3 py-2">
        <p role="status" className="font-semibold">
          {count === 0
            ? 'Live preview: no problems in the guides'
            : `Live preview: ${count} problem${count === 1 ? '' : 's'} in the guides`}
        </p>
        {count > 0 ? (
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            className="rounded border border-slate-500 px-2 py-0.5 font-medium"
          >
            {open ? 'Hide' : 'Show'}
          </button>
        ) : null}
      </div>
      {count > 0 && open ? (
        <ul className="max-h-[40vh] space-y-1 overflow-auto border-t border-slate-300 px-3 py-2 font-mono text-xs break-words dark:border-slate-600">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
