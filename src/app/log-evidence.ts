import type { KeptEvidenceItem } from '../features/analyzer/components/evidence-list';
import {
  evidenceId,
  evidenceKind,
  evidenceNote,
  parseEvidence,
  type Evidence,
} from '../features/analyzer/evidence';
import type { DescribeEvidence } from '../features/sessions/case-note';
import type { SessionIntent } from '../features/sessions/session-intents';
import type { CaseSession, JsonValue } from '../features/sessions/session-record';

/**
 * The log analyzer's evidence in a case session: kept with `evidence-kept` intents (kind
 * `log-analyzer`, on the step the finding answers), read back for the steps and the case note.
 * Only what the engineer keeps is stored: file, line, time, the matching line, the signature.
 */

/** How the analyzer's evidence reads in the case note. */
export const describeLogEvidence: DescribeEvidence = (kept) => {
  if (kept.kind !== evidenceKind) return undefined;
  const evidence = parseEvidence(kept.data);
  return evidence ? evidenceNote(evidence) : undefined;
};

/** The intents that keep these evidence lines in a session (one per line; kept again: replaced). */
export function keepIntents(evidence: readonly Evidence[]): SessionIntent[] {
  return evidence.map((e) => ({
    type: 'evidence-kept',
    evidenceId: evidenceId(e),
    stepId: e.supports.step,
    kind: evidenceKind,
    data: e as unknown as JsonValue,
  }));
}

/** The intent that removes one. */
export function removeIntent(id: string, stepId: string): SessionIntent {
  return { type: 'evidence-kept', evidenceId: id, stepId, kind: evidenceKind, data: null };
}

/** The analyzer's evidence kept in a session (on one step, when given), by time, file and line. */
export function keptLogEvidence(
  session: Pick<CaseSession, 'evidence'> | null,
  stepId?: string,
): KeptEvidenceItem[] {
  const items = Object.entries(session?.evidence ?? {}).flatMap(([id, kept]) => {
    if (kept.kind !== evidenceKind || (stepId !== undefined && kept.stepId !== stepId)) return [];
    const evidence = parseEvidence(kept.data);
    return evidence ? [{ id, evidence }] : [];
  });
  return items.sort(
    (a, b) =>
      (a.evidence.time?.sortKey ?? Infinity) - (b.evidence.time?.sortKey ?? Infinity) ||
      a.evidence.file.localeCompare(b.evidence.file) ||
      a.evidence.line - b.evidence.line,
  );
}
