import type { MatchRange } from './compile-signatures';
import type { LogTime } from './log-time';
import type { LogSource } from '../../machine/guide-signatures';

/** The line (or event text) around a match, cut to a bounded size, with the matches to mark. */
export interface HitContext {
  text: string;
  /** Where the patterns matched in `text`, to highlight. */
  ranges: MatchRange[];
  /** Whether text was cut before or after what is shown (a very long line). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** One match of a signature: where it is, when, and what the line says. */
export interface Hit {
  signatureId: string;
  /** The file's path (a folder's files keep their path below the folder), or "Pasted text". */
  file: string;
  /** 1-based. For an event, the line its record starts on in the export. */
  line: number;
  time?: LogTime;
  source: LogSource;
  context: HitContext;
  /** For an event: its id, the log it is in, and its source. */
  event?: { id?: number; log?: string; provider?: string };
}

/** Characters kept on each side of the matches. */
const around = 240;
/** Most characters of matched text kept between the first and the last match shown. */
const span = 1200;

/** The context of a match in `text`: all of it when short, else a window around the matches. */
export function hitContext(text: string, ranges: readonly MatchRange[]): HitContext {
  if (text.length <= 2 * around + span) {
    return { text, ranges: [...ranges], cutBefore: false, cutAfter: false };
  }
  const first = ranges[0] ?? [0, 0];
  const start = Math.max(0, first[0] - around);
  const kept = ranges.filter(([, end]) => end <= first[0] + span);
  const lastEnd = kept.at(-1)?.[1] ?? first[1];
  const end = Math.min(text.length, lastEnd + around);
  return {
    text: text.slice(start, end),
    ranges: kept.map(([a, b]) => [a - start, b - start] as const),
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}

/** A hit's identity: its signature, file and line. */
export const hitKey = (hit: Hit) => `${hit.signatureId}|${hit.file}|${hit.line}`;
