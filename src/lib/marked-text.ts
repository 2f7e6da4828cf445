/** A run of text, marked when it is what was found (a search's match, a log line's signature). */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Where a text is marked: `[start, end)` offsets, in order, not overlapping. */
export type MarkedRange = readonly [start: number, end: number];

/** A text cut into runs, the ranges marked. */
export function segmentsOf(text: string, ranges: readonly MarkedRange[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
