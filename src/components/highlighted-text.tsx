import type { Segment } from '../lib/marked-text';

/** Text with what was found marked (`<mark>`): search results, the analyzer's log lines. */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, i) =>
    segment.mark ? (
      <mark
        key={i}
        className="rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300 dark:text-slate-950"
      >
        {segment.text}
      </mark>
    ) : (
      <span key={i}>{segment.text}</span>
    ),
  );
}
