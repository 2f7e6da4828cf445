import type { AnswerRef, Certainty, Signature } from '../../machine/guide-signatures';
import type { MatchRange } from './compile-signatures';
import { hitKey, type Hit } from './hit';

/**
 * A hit the engineer keeps as evidence, for the case session and the case note: where it is,
 * what it supports, and the matching line (bounded, see `hitContext`), never the whole log.
 * Plain JSON (no `undefined`), as the session stores it.
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
  time?: { text: string; zone: 'utc' | 'none'; sortKey: number };
  /** The matching line (or event text), cut around the match when very long. */
  text: string;
  /** Where the match is in `text`. */
  match: MatchRange[];
  event?: { id?: number; log?: string; provider?: string };
}

/** The `kind` of the analyzer's evidence in a case session (`evidence-kept`). */
export const evidenceKind = 'log-analyzer';

/** An evidence's id in a session: its signature, file and line (keeping it twice keeps one). */
export const evidenceId = (evidence: Pick<Evidence, 'signatureId' | 'file' | 'line'>) =>
  `log:${evidence.signatureId}|${evidence.file}|${evidence.line}`;

export const hitEvidenceId = (hit: Hit) => `log:${hitKey(hit)}`;

/** The same object without its `undefined` fields (JSON has none). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function toEvidence(hit: Hit, signature: Signature): Evidence {
  return defined({
    signatureId: signature.id,
    label: signature.label,
    supports: { step: signature.supports.step, value: signature.supports.value },
    cause: signature.cause,
    certainty: signature.certainty,
    file: hit.file,
    line: hit.line,
    time: hit.time
      ? { text: hit.time.text, zone: hit.time.zone, sortKey: hit.time.sortKey }
      : undefined,
    text: hit.context.text,
    match: hit.context.ranges.map(([start, end]) => [start, end] as const),
    event: hit.event ? defined({ ...hit.event }) : undefined,
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Evidence as read back from a session (stored by this build or an older one, or edited by
 * hand): `undefined` when it is not the analyzer's evidence. The fields a screen needs must be
 * there; the others are dropped when malformed.
 */
export function parseEvidence(data: unknown): Evidence | undefined {
  if (!isRecord(data)) return undefined;
  const { signatureId, label, supports, certainty, file, line, text } = data;
  if (!isString(signatureId) || !isString(label) || !isString(file) || !isString(text)) {
    return undefined;
  }
  if (!isNumber(line) || (certainty !== 'evidence' && certainty !== 'lead')) return undefined;
  if (!isRecord(supports) || !isString(supports.step) || !isString(supports.value)) {
    return undefined;
  }
  const time = isRecord(data.time) && isString(data.time.text) ? data.time : undefined;
  const match = Array.isArray(data.match)
    ? data.match.filter(
        (r): r is [number, number] =>
          Array.isArray(r) && r.length === 2 && isNumber(r[0]) && isNumber(r[1]),
      )
    : [];
  const event = isRecord(data.event) ? data.event : undefined;
  return defined<Evidence>({
    signatureId,
    label,
    supports: { step: supports.step, value: supports.value },
    cause: isString(data.cause) ? data.cause : undefined,
    certainty,
    file,
    line,
    time: time
      ? {
          text: time.text as string,
          zone: time.zone === 'utc' ? ('utc' as const) : ('none' as const),
          sortKey: isNumber(time.sortKey) ? time.sortKey : Number.NaN,
        }
      : undefined,
    text,
    match: match.filter(([start, end]) => start >= 0 && start < end && end <= text.length),
    event: event
      ? defined({
          id: isNumber(event.id) ? event.id : undefined,
          log: isString(event.log) ? event.log : undefined,
          provider: isString(event.provider) ? event.provider : undefined,
        })
      : undefined,
  });
}

/** Where an evidence is: `IaaSBcdrExtension0.log, line 4, 2018-12-04T07:52:28.8611188Z`. */
export function evidenceWhere(evidence: Evidence): string {
  const when = evidence.time
    ? `, ${evidence.time.text}${evidence.time.zone === 'none' ? ' (no time zone in the log)' : ''}`
    : '';
  const event = evidence.event?.id !== undefined ? `, Event ${evidence.event.id}` : '';
  const log = evidence.event?.log ? ` in the ${evidence.event.log} log` : '';
  return `${evidence.file}, line ${evidence.line}${when}${event}${log}`;
}

/** What a certainty means, in a few words. */
export const certaintyText: Record<Certainty, string> = {
  evidence: 'evidence',
  lead: 'a lead, not proof',
};

/**
 * The evidence as the case note shows it: what it supports, where it is, and the line itself
 * (its first lines only: an event's long description is cut).
 */
export function evidenceNote(evidence: Evidence): {
  label: string;
  where: string;
  text: string;
  time?: number;
} {
  const lines = evidence.text.split(/\r?\n|\r/);
  const text = (lines.length > 6 ? [...lines.slice(0, 6), '…'] : lines).join('\n');
  const sortKey = evidence.time?.sortKey;
  return {
    label: `${evidence.label} (${certaintyText[evidence.certainty]})`,
    where: evidenceWhere(evidence),
    text: text.trimEnd(),
    time: sortKey !== undefined && Number.isFinite(sortKey) ? sortKey : undefined,
  };
}
