import type { MatchRange } from './compile-signatures';
import type { Hit } from './hit';
import type { AnswerRef, Certainty, Signature } from './signature-types';

/**
 * A hit the engineer keeps as evidence, for the case session and the case note: where it is,
 * what it supports, and the matching line (bounded), never the whole log. Plain JSON.
 */
export interface Evidence {
  signatureId: string;
  label: string;
  supports: AnswerRef;
  cause?: string;
  certainty: Certainty;
  file: string;
  line: number;
  /** The time as the log writes it, and whether the log gave its time zone. */
  time?: { text: string; zone: 'utc' | 'none' };
  /** The matching line (or event text), cut around the match when very long. */
  text: string;
  /** Where the match is in `text`. */
  match: MatchRange[];
  event?: { id?: number; log?: string; provider?: string };
}

export function toEvidence(hit: Hit, signature: Signature): Evidence {
  return {
    signatureId: signature.id,
    label: signature.label,
    supports: signature.supports,
    cause: signature.cause,
    certainty: signature.certainty,
    file: hit.file,
    line: hit.line,
    time: hit.time ? { text: hit.time.text, zone: hit.time.zone } : undefined,
    text: hit.context.text,
    match: hit.context.ranges,
    event: hit.event,
  };
}

/** One line for a case note: `Application.xml line 4 (2022-11-11T06:34:11Z): Event 4689 …`. */
export function evidenceLine(evidence: Evidence): string {
  const when = evidence.time
    ? ` (${evidence.time.text}${evidence.time.zone === 'none' ? ', no time zone' : ''})`
    : '';
  const firstLine = evidence.text.split('\n', 1)[0]!.trim();
  return `${evidence.file} line ${evidence.line}${when}: ${firstLine}`;
}
