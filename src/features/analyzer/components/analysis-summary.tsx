import { useId, useState } from 'react';
import { primaryButton } from '../../../components/button-classes';
import { answerLabel } from '../../../machine/answer-labels';
import { guideWords } from '../../../machine/guide-definition';
import type { GuideModel } from '../../../machine/guide-model';
import type { GuideSignatures } from '../../../machine/guide-signatures';
import type { Answers } from '../../../machine/guide-snapshot';
import type { AnalysisReport, Support } from '../analysis-report';
import type { FileScan } from '../file-scan';
import { plural } from '../../../lib/plural';
import { answersToPrefill, type OtherQuestion } from '../log-answers';

const supportText: Record<Support, string> = {
  evidence: 'Found in the logs',
  lead: 'Lead only: read the lines below',
  'not-found': 'Not found in these logs',
};

const supportClass: Record<Support, string> = {
  evidence:
    'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950/60 dark:text-green-100',
  lead: 'border-amber-600 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950/50 dark:text-amber-100',
  'not-found':
    'border-slate-400 bg-white text-slate-800 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-200',
};

const formatNames: Record<NonNullable<FileScan['format']>, string> = {
  lines: 'log lines',
  'event-xml': 'Event Viewer XML export',
  'event-csv': 'Event Viewer CSV export',
  'event-txt': 'Event Viewer text export',
  'event-details': 'copied event details',
};

function FileLine({ scan }: { scan: FileScan }) {
  if (scan.status !== 'scanned') {
    return (
      <li>
        <span className="font-mono break-all">{scan.file}</span>: {scan.problem}
      </li>
    );
  }
  const encoding = scan.encoding
    ? `, ${scan.encoding.toUpperCase()}${scan.bom ? ' with BOM' : ''}`
    : '';
  return (
    <li>
      <span className="font-mono break-all">{scan.file}</span>: {plural(scan.lines, 'line')} (
      {formatNames[scan.format!]}
      {encoding})
      {scan.warnings.map((w) => (
        <span key={w} className="block text-amber-900 dark:text-amber-200">
          {w}
        </span>
      ))}
    </li>
  );
}

/** What the logs say about another question (the error code), and what the analyzer does with it. */
function OtherQuestionLine({
  question,
  failure,
}: {
  question: OtherQuestion;
  /** What the engineer checks a logged answer against, in the guide's words. */
  failure: string;
}) {
  const { step, named, answered, prefill } = question;
  const names = named.map((n, i) => (
    <span key={n.value}>
      {i > 0 ? ', ' : ''}
      <code className="font-mono break-all">{n.label}</code>
    </span>
  ));
  const title = `“${step.shortTitle}”`;
  if (prefill) {
    return (
      <li>
        {title}: the logs name {names}. It is pre-filled with it, for you to check against {failure}
        .
      </li>
    );
  }
  if (answered !== undefined && named.length === 1 && named[0]!.value === answered) {
    return (
      <li>
        {title}: the logs name {names}, as you answered.
      </li>
    );
  }
  if (answered !== undefined) {
    return (
      <li>
        {title}: the logs name {names}; you answered{' '}
        <code className="font-mono break-all">{answerLabel(step, answered)}</code>. Your answer is
        kept: check it against {failure}.
      </li>
    );
  }
  return (
    <li>
      {title}: the logs name several ({names}), so it is not pre-filled: answer it from {failure}.
    </li>
  );
}

/**
 * What the logs support, and what they cannot answer. The analyzer never decides a cause: it
 * pre-fills the guide's answers only when the engineer asks, for the engineer to review.
 */
export function AnalysisSummary({
  report,
  guide,
  signatures,
  others,
  causeTitle,
  onApplyFindings,
}: {
  report: AnalysisReport;
  guide: GuideModel;
  signatures: GuideSignatures;
  /** What the logs say about questions other than the analyzer's step. */
  others: readonly OtherQuestion[];
  causeTitle: (id: string) => string | undefined;
  onApplyFindings?: (answers: Answers) => void;
}) {
  const id = useId();
  const step = guide.stepById(signatures.step);
  const stepName = step?.shortTitle ?? signatures.step;
  const supported = report.findings.filter((f) => f.support !== 'not-found');
  const [selected, setSelected] = useState<string[]>(
    report.findings.filter((f) => f.support === 'evidence').map((f) => f.value),
  );
  const [applied, setApplied] = useState(false);
  const problems = report.files.filter((f) => f.status !== 'scanned');
  const prefills = others.filter((q) => q.prefill);

  return (
    <div className="space-y-6">
      <p className="text-lg">
        {report.nothingFound ? (
          <strong>
            Nothing found in {plural(report.filesScanned, 'file')} (
            {plural(report.linesScanned, 'line')}).
          </strong>
        ) : (
          <>
            Searched {plural(report.filesScanned, 'file')} ({plural(report.linesScanned, 'line')}).
          </>
        )}
      </p>
      {report.nothingFound ? (
        <p>
          None of the TSG’s errors or findings is in these logs. That does not prove it did not
          happen: check that the logs cover the time of the failure, and answer the findings step
          from what you see.
        </p>
      ) : null}

      {problems.length > 0 ? (
        <div
          role="note"
          aria-labelledby={`${id}-problems`}
          className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950/50"
        >
          <h3 id={`${id}-problems`} className="mb-1 font-bold">
            Not searched ({problems.length})
          </h3>
          <ul className="list-disc space-y-1 pl-6">
            {problems.map((p) => (
              <FileLine key={p.file} scan={p} />
            ))}
          </ul>
        </div>
      ) : null}

      {others.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6">
          {others.map((q) => (
            <OtherQuestionLine
              key={q.step.id}
              question={q}
              failure={guideWords(guide.manifest).failure}
            />
          ))}
        </ul>
      ) : null}

      <div>
        <h3 className="mb-2 text-lg font-bold">{step?.title ?? stepName}</h3>
        <ul className="space-y-2">
          {report.findings.map((f) => (
            <li
              key={f.value}
              className={`rounded-md border-l-4 px-3 py-2 ${supportClass[f.support]}`}
            >
              <span className="block font-medium">{f.label}</span>
              <span className="block text-sm">
                {supportText[f.support]}
                {f.hits > 0 ? ` (${plural(f.hits, 'line')})` : ''}
              </span>
            </li>
          ))}
        </ul>
      </div>

      {report.notEvidence.length > 0 ? (
        <div>
          <h3 className="mb-2 text-lg font-bold">Seen, and not counted</h3>
          <ul className="space-y-2">
            {report.notEvidence.map((n) => (
              <li
                key={n.id}
                className="rounded-md border border-slate-300 px-3 py-2 dark:border-slate-600"
              >
                <p className="font-medium">
                  {plural(n.count, 'event')}:{' '}
                  {n.seen.map((s, i) => (
                    <span key={s.file}>
                      {i > 0 ? '; ' : ''}
                      <span className="font-mono break-all">{s.file}</span> from line {s.line}
                      {s.count > 1 ? ` (${s.count})` : ''}
                    </span>
                  ))}
                </p>
                <p>{n.explanation}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {report.engineerQuestions.length > 0 ? (
        <div>
          <h3 className="mb-2 text-lg font-bold">Only you can answer</h3>
          <ul className="list-disc space-y-1 pl-6">
            {report.engineerQuestions.map((q) => (
              <li key={q.step}>
                <strong>{q.label}</strong>: {q.why}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {onApplyFindings && (supported.length > 0 || prefills.length > 0) ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onApplyFindings(answersToPrefill(guide, signatures, selected, others));
            setApplied(true);
          }}
        >
          <fieldset>
            <legend className="mb-1 text-lg font-bold">Pre-fill “{stepName}”</legend>
            <p className="mb-3 text-slate-700 dark:text-slate-300">
              You review and confirm them on the guide’s steps, with Continue as usual; your other
              answers are kept, and so are the lines ticked to keep as evidence below. Leads are not
              ticked: tick one only once you have read its lines.
            </p>
            <div className="space-y-2">
              {supported.map((f) => (
                <div key={f.value} className="flex items-start gap-3">
                  <input
                    id={`${id}-apply-${f.value}`}
                    type="checkbox"
                    checked={selected.includes(f.value)}
                    onChange={(e) => {
                      setApplied(false);
                      setSelected((s) =>
                        e.target.checked ? [...s, f.value] : s.filter((v) => v !== f.value),
                      );
                    }}
                    className="mt-1 size-5 shrink-0 accent-brand-700 dark:accent-sky-300"
                  />
                  <label htmlFor={`${id}-apply-${f.value}`}>
                    {f.label}{' '}
                    <span className="text-slate-700 dark:text-slate-300">
                      ({f.support === 'evidence' ? 'found' : 'lead'})
                    </span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          {prefills.length > 0 ? (
            <p className="mt-3">
              Also pre-filled:{' '}
              {prefills.map((q, i) => (
                <span key={q.step.id}>
                  {i > 0 ? '; ' : ''}“{q.step.shortTitle}”:{' '}
                  <code className="font-mono break-all">{answerLabel(q.step, q.prefill!)}</code>
                </span>
              ))}
              .
            </p>
          ) : null}
          <button
            type="submit"
            className={`${primaryButton} mt-4`}
            disabled={selected.length === 0 && prefills.length === 0}
          >
            Use these findings
          </button>
          <p role="status" className="mt-2">
            {applied ? 'Opening the guide: review the pre-filled answers and confirm them.' : ''}
          </p>
        </form>
      ) : null}
      {report.groups.some((g) => g.cause) ? (
        <p className="text-slate-700 dark:text-slate-300">
          The lines below point to{' '}
          {[...new Set(report.groups.flatMap((g) => (g.cause ? [g.cause] : [])))]
            .map((c) => causeTitle(c) ?? c)
            .join(', ')}
          . Which cause applies is decided on the guide’s steps, with your answers.
        </p>
      ) : null}
    </div>
  );
}
