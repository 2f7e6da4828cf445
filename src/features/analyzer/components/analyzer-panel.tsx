import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { primaryButton, secondaryButton } from '../../../components/button-classes';
import type { GuideModel } from '../../../machine/guide-model';
import type { GuideSignatures } from '../../../machine/guide-signatures';
import type { Answers } from '../../../machine/guide-snapshot';
import { buildReport, type StepOptions } from '../analysis-report';
import type { ScanInput } from '../analyzer-protocol';
import { hitEvidenceId, toEvidence, type Evidence } from '../evidence';
import { plural } from '../../../lib/plural';
import { hitKey, type Hit } from '../hit';
import { otherQuestions } from '../log-answers';
import { useLogAnalysis } from '../use-log-analysis';
import { AnalysisProgress } from './analysis-progress';
import { AnalysisSummary } from './analysis-summary';
import { HitGroups } from './hit-groups';
import { LogInputs } from './log-inputs';

type FileInput = Extract<ScanInput, { kind: 'file' }>;

export interface AnalyzerPanelProps {
  /** The guide: its steps' titles, options and causes. */
  guide: GuideModel;
  /** The guide's signatures (`content/<guide>/signatures.yml`). */
  signatures: GuideSignatures;
  /** The engineer's answers so far (the link's): another question they answer is never pre-filled. */
  answers?: Answers;
  /**
   * Pre-fill these answers (step id → value): the findings ticked, and the error code when the
   * logs name exactly one and it is not answered. The engineer reviews and confirms them.
   */
  onApplyFindings?: (answers: Answers) => void;
  /** Keep these matched lines as evidence; returns what became of them, to say on screen. */
  onKeepEvidence?: (evidence: Evidence[]) => string;
  /** The evidence already kept (`evidenceId`s): those lines show as kept. */
  keptIds?: ReadonlySet<string>;
  /** The worker to scan in (tests and benchmarks may pass their own). */
  createWorker?: () => Worker;
}

const pastedName = 'Pasted text';
const noAnswers: Answers = {};

/**
 * The log analyzer: the engineer adds the customer's logs (files, a folder, pasted text), a
 * worker searches them for the guide's signatures, and the panel shows what the logs support.
 * The logs stay in the page: nothing is sent or stored.
 */
export function AnalyzerPanel({
  guide,
  signatures,
  answers = noAnswers,
  onApplyFindings,
  onKeepEvidence,
  keptIds,
  createWorker,
}: AnalyzerPanelProps) {
  const findings = useMemo<StepOptions>(() => {
    const step = guide.stepById(signatures.step);
    return { step: signatures.step, options: step?.answer?.options ?? [] };
  }, [guide, signatures]);
  const [files, setFiles] = useState<FileInput[]>([]);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const { state, start, cancel } = useLogAnalysis(signatures, createWorker);
  const [kept, setKept] = useState<Set<string> | null>(null);
  const [keptMessage, setKeptMessage] = useState('');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  const finished = state.status === 'done' || state.status === 'cancelled';
  const report = useMemo(
    () => (finished ? buildReport(state.scans, signatures, findings) : null),
    [finished, state, signatures, findings],
  );
  const signatureById = useMemo(
    () => new Map(signatures.signatures.map((s) => [s.id, s])),
    [signatures],
  );
  const causeTitle = (id: string) => guide.stepById(id)?.shortTitle;
  const stepTitle = (id: string) => guide.stepById(id)?.shortTitle ?? id;
  const others = useMemo(
    () => (report ? otherQuestions(report, guide, signatures, answers) : []),
    [report, guide, signatures, answers],
  );

  // Evidence lines are ticked to keep by default; leads only when the engineer ticks them.
  const defaultKept = useMemo(() => {
    const keys = new Set<string>();
    for (const group of report?.groups ?? []) {
      for (const entry of group.signatures) {
        for (const h of entry.hits) {
          if (entry.signature.certainty === 'evidence' || keptIds?.has(hitEvidenceId(h)))
            keys.add(hitKey(h));
        }
      }
    }
    return keys;
  }, [report, keptIds]);
  const keptKeys = kept ?? defaultKept;

  useEffect(() => {
    if (finished) resultsHeading.current?.focus();
  }, [finished]);

  const addFiles = (added: FileInput[]) => {
    setError(null);
    setFiles((current) => {
      const seen = new Set(current.map((f) => `${f.path}|${f.file.size}|${f.file.lastModified}`));
      return [
        ...current,
        ...added.filter((f) => !seen.has(`${f.path}|${f.file.size}|${f.file.lastModified}`)),
      ];
    });
  };

  const analyse = (event: FormEvent) => {
    event.preventDefault();
    const inputs: ScanInput[] = [...files];
    if (pasted.trim()) inputs.push({ kind: 'text', name: pastedName, text: pasted });
    if (inputs.length === 0) {
      setError('Add a log file or a folder, or paste some log text, then analyse.');
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setError(null);
    setCancelling(false);
    setKept(null);
    setKeptMessage('');
    start(inputs);
  };

  const allHits = (report?.groups ?? []).flatMap((g) => g.signatures.flatMap((s) => s.hits));
  const ticked = allHits.filter((h) => keptKeys.has(hitKey(h)));
  const evidenceOf = (hits: readonly Hit[]) =>
    hits.map((h) => toEvidence(h, signatureById.get(h.signatureId)!));
  const keepSelected = () => {
    if (onKeepEvidence) setKeptMessage(onKeepEvidence(evidenceOf(ticked)));
  };
  // Ticked means kept: the lines ticked and not kept yet are kept as the findings are used.
  const applyFindings =
    onApplyFindings &&
    ((prefill: Answers) => {
      const fresh = ticked.filter((h) => !keptIds?.has(hitEvidenceId(h)));
      if (onKeepEvidence && fresh.length > 0) onKeepEvidence(evidenceOf(fresh));
      onApplyFindings(prefill);
    });

  const running = state.status === 'running';
  return (
    <div className="space-y-8">
      <form onSubmit={analyse} noValidate className="space-y-5">
        <LogInputs
          files={files}
          onAdd={addFiles}
          onRemove={(i) => setFiles((f) => f.filter((_, j) => j !== i))}
          onClear={() => setFiles([])}
          pasted={pasted}
          onPastedChange={(text) => {
            setError(null);
            setPasted(text);
          }}
          disabled={running}
        />
        {error ? (
          <p
            ref={errorRef}
            tabIndex={-1}
            role="alert"
            className="rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 font-medium text-red-900 dark:border-red-400 dark:bg-red-950/50 dark:text-red-100"
          >
            {error}
          </p>
        ) : null}
        <button type="submit" className={primaryButton} disabled={running}>
          Analyse
        </button>
      </form>

      <div role="status" aria-live="polite" className="sr-only">
        {running
          ? `Analysing ${plural(state.progress.filesTotal, 'file')}.`
          : state.status === 'done'
            ? 'Analysis complete.'
            : state.status === 'cancelled'
              ? 'Analysis cancelled.'
              : ''}
      </div>

      {running ? (
        <AnalysisProgress
          progress={state.progress}
          cancelling={cancelling}
          onCancel={() => {
            setCancelling(true);
            cancel();
          }}
        />
      ) : null}

      {state.status === 'failed' ? (
        <p
          role="alert"
          className="rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 dark:border-red-400 dark:bg-red-950/50"
        >
          The analysis failed: {state.message} Nothing was sent anywhere. Try again, or with fewer
          files.
        </p>
      ) : null}

      {report ? (
        <section aria-labelledby="analyzer-results" className="space-y-6">
          <h2
            id="analyzer-results"
            ref={resultsHeading}
            tabIndex={-1}
            className="text-2xl font-bold"
          >
            {state.status === 'cancelled'
              ? 'Cancelled: what the logs read so far show'
              : 'What the logs show'}
          </h2>
          {state.status === 'cancelled' ? (
            <p>The analysis was cancelled: only the files read to the end are counted below.</p>
          ) : null}
          <AnalysisSummary
            key={report.files.length + (state.status === 'cancelled' ? 'c' : 'd')}
            report={report}
            guide={guide}
            signatures={signatures}
            others={others}
            causeTitle={causeTitle}
            onApplyFindings={applyFindings}
          />
          {report.hasTimesWithoutZone ? (
            <p className="text-slate-700 dark:text-slate-300">
              Times without a time zone (WaAppAgent.log, Event Viewer’s CSV and text exports) are
              the VM’s local time; they are sorted as if they were UTC.
            </p>
          ) : null}
          <HitGroups
            groups={report.groups}
            findingsStep={findings.step}
            stepTitle={stepTitle}
            causeTitle={causeTitle}
            isAlreadyKept={keptIds ? (h: Hit) => keptIds.has(hitEvidenceId(h)) : undefined}
            isKept={onKeepEvidence ? (h: Hit) => keptKeys.has(hitKey(h)) : undefined}
            setKept={
              onKeepEvidence
                ? (h: Hit, keep: boolean) => {
                    setKeptMessage('');
                    const next = new Set(keptKeys);
                    if (keep) next.add(hitKey(h));
                    else next.delete(hitKey(h));
                    setKept(next);
                  }
                : undefined
            }
          />
          {onKeepEvidence && allHits.length > 0 ? (
            <div className="space-y-2 border-t-2 border-slate-300 pt-4 dark:border-slate-600">
              <button type="button" className={secondaryButton} onClick={keepSelected}>
                Keep the {plural(ticked.length, 'ticked line')} as evidence
              </button>
              <p role="status">{keptMessage}</p>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
