/** Where a text comes from: the TSG's own words, or added by this tool (always marked). */
export function SourceTag({ source }: { source: 'tsg' | 'added' }) {
  return source === 'added' ? (
    <span className="mt-1 block text-xs font-bold tracking-wide text-violet-800 uppercase dark:text-violet-200">
      Added · not in the TSG
    </span>
  ) : (
    <span className="mt-1 block text-xs font-bold tracking-wide text-slate-700 uppercase dark:text-slate-300">
      From the TSG
    </span>
  );
}
