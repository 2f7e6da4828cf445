import type { FileScan } from './file-scan';
import type { Hit } from './hit';
import type {
  Certainty,
  EngineerQuestion,
  GuideSignatures,
  Signature,
} from '../../machine/guide-signatures';

/**
 * The analysis of a set of files, for the screen: hits grouped by the answer they support (and
 * the cause it points to), sorted by time across files; which findings the logs support; what
 * looked like evidence and is not; and what only the engineer can answer. It never decides a
 * cause.
 */

/** A guide step's options, with their labels (the findings step, for example). */
export interface StepOptions {
  step: string;
  options: readonly { value: string; label: string }[];
}

export interface SignatureHits {
  signature: Signature;
  /** Sorted by time across files (hits without a time last, by file and line). */
  hits: Hit[];
  /** All hits, including those beyond the kept ones. */
  total: number;
}

export interface HitGroup {
  /** `step:value` of the answer the group supports. */
  key: string;
  step: string;
  value: string;
  /** The answer's label (the findings option's label). */
  label: string;
  cause?: string;
  signatures: SignatureHits[];
}

/**
 * - `evidence`: a hit of an evidence signature supports it;
 * - `lead`: only leads (lines worth reading, not proof);
 * - `not-found`: nothing in these logs (which does not mean it did not happen).
 */
export type Support = Certainty | 'not-found';

export interface FindingSupport {
  value: string;
  label: string;
  support: Support;
  hits: number;
}

export interface NotEvidenceSummary {
  id: string;
  explanation: string;
  count: number;
  /** Where they were seen (the first of each file). */
  seen: { file: string; line: number; count: number }[];
}

export interface AnalysisReport {
  files: FileScan[];
  /** Files (and pasted texts) read to the end. */
  filesScanned: number;
  linesScanned: number;
  groups: HitGroup[];
  findings: FindingSupport[];
  notEvidence: NotEvidenceSummary[];
  engineerQuestions: EngineerQuestion[];
  /** No hit of any signature. */
  nothingFound: boolean;
  /** Some hit has a time with no time zone (sorted as if it were UTC). */
  hasTimesWithoutZone: boolean;
}

export function compareHits(a: Hit, b: Hit): number {
  const ta = a.time?.sortKey;
  const tb = b.time?.sortKey;
  if (ta !== undefined && tb !== undefined && ta !== tb) return ta - tb;
  if (ta !== undefined && tb === undefined) return -1;
  if (ta === undefined && tb !== undefined) return 1;
  return a.file.localeCompare(b.file) || a.line - b.line;
}

export function buildReport(
  scans: readonly FileScan[],
  guide: GuideSignatures,
  findings: StepOptions,
): AnalysisReport {
  const hitsBySignature = new Map<string, Hit[]>();
  const totals = new Map<string, number>();
  for (const scan of scans) {
    for (const hit of scan.hits) {
      const list = hitsBySignature.get(hit.signatureId) ?? [];
      list.push(hit);
      hitsBySignature.set(hit.signatureId, list);
    }
    for (const [id, count] of Object.entries(scan.hitCounts)) {
      totals.set(id, (totals.get(id) ?? 0) + count);
    }
  }

  const groups = new Map<string, HitGroup>();
  for (const signature of guide.signatures) {
    const total = totals.get(signature.id) ?? 0;
    if (total === 0) continue;
    const { step, value } = signature.supports;
    const key = `${step}:${value}`;
    const group = groups.get(key) ?? {
      key,
      step,
      value,
      label:
        step === findings.step
          ? (findings.options.find((o) => o.value === value)?.label ?? value)
          : signature.label,
      cause: signature.cause,
      signatures: [],
    };
    group.signatures.push({
      signature,
      hits: (hitsBySignature.get(signature.id) ?? []).sort(compareHits),
      total,
    });
    groups.set(key, group);
  }
  // Other answers (the error code) first, then the findings in the step's order.
  const findingOrder = (g: HitGroup) =>
    g.step === findings.step ? 1 + findings.options.findIndex((o) => o.value === g.value) : 0;
  const orderedGroups = [...groups.values()].sort((a, b) => findingOrder(a) - findingOrder(b));

  const supportOf = (value: string): FindingSupport => {
    const group = groups.get(`${findings.step}:${value}`);
    const label = findings.options.find((o) => o.value === value)?.label ?? value;
    if (!group) return { value, label, support: 'not-found', hits: 0 };
    const evidence = group.signatures.filter((s) => s.signature.certainty === 'evidence');
    const hits = (evidence.length > 0 ? evidence : group.signatures).reduce(
      (n, s) => n + s.total,
      0,
    );
    return { value, label, support: evidence.length > 0 ? 'evidence' : 'lead', hits };
  };

  const notEvidence: NotEvidenceSummary[] = guide.notEvidence.flatMap((n) => {
    const seen = scans.flatMap((scan) => {
      const s = scan.notEvidence[n.id];
      return s ? [{ file: scan.file, line: s.line, count: s.count }] : [];
    });
    const count = seen.reduce((sum, s) => sum + s.count, 0);
    return count > 0 ? [{ id: n.id, explanation: n.explanation, count, seen }] : [];
  });

  const found = (ids: readonly string[]) => ids.some((id) => (totals.get(id) ?? 0) > 0);
  const engineerQuestions = guide.engineerQuestions.filter(
    (q) => (!q.whenFound || found(q.whenFound)) && !(q.unlessFound && found(q.unlessFound)),
  );

  const allHits = [...hitsBySignature.values()].flat();
  return {
    files: scans.map((s) => ({ ...s, hits: [] })),
    filesScanned: scans.filter((s) => s.status === 'scanned').length,
    linesScanned: scans.reduce((n, s) => n + s.lines, 0),
    groups: orderedGroups,
    findings: findings.options.map((o) => supportOf(o.value)),
    notEvidence,
    engineerQuestions,
    nothingFound: orderedGroups.length === 0,
    hasTimesWithoutZone: allHits.some((h) => h.time?.zone === 'none'),
  };
}
