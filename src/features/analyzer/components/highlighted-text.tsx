import type { ReactNode } from 'react';
import type { MatchRange } from '../compile-signatures';

/** Text with its matches marked (`<mark>`), as found by the analyzer. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-slate-950 dark:bg-yellow-300">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
