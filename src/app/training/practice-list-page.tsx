import { use, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { primaryButton, secondaryButton } from '../../components/button-classes';
import { CopyButton } from '../../components/copy-button';
import { levelLabels } from '../../features/training/level-labels';
import { routesWithoutCase } from '../../features/training/candidate-paths';
import { formatDuration, progressReport } from '../../features/training/progress-report';
import { practiceCasesOf } from '../../features/training/training-data';
import { practiceCaseBasePath } from '../../features/training/training-links';
import { caseSummary, casesDone } from '../../features/training/training-progress';
import { useTrainingProgress } from '../../features/training/use-training-progress';
import type { GuideModel } from '../../machine/guide-model';
import type { PracticeCase } from '../../machine/guide-training';
import { useDocumentTitle } from '../use-document-title';
import { TrainingPageHeader } from './training-page-header';
import { linkClass } from '../../components/link-classes';
import { downloadFile } from '../../lib/download-file';

const noSubscription = () => () => undefined;

/** False while hydrating a prerendered page (which knows no trainee), true after. */
function useOnClient(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** A guide's practice cases, with this browser's progress, its reset and the trainer's report. */
export function PracticeListPage({ guide }: { guide: GuideModel }) {
  const cases = use(practiceCasesOf.load(guide.manifest.id));
  useDocumentTitle('Practice cases', guide.manifest.title);
  return (
    <div className="max-w-3xl">
      <TrainingPageHeader guide={guide} current="practice" />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">Practice cases</h1>
      {cases.length === 0 ? (
        <p>This guide has no practice cases yet.</p>
      ) : (
        <PracticeCases guide={guide} cases={cases} />
      )}
    </div>
  );
}

function PracticeCases({ guide, cases }: { guide: GuideModel; cases: readonly PracticeCase[] }) {
  const { progress, problem, reset } = useTrainingProgress(guide.manifest.id);
  const done = new Set(casesDone(progress));
  const stepTitle = (id: string) => guide.stepById(id)?.shortTitle;
  return (
    <>
      <p className="mb-3">
        Made-up cases to work through the guide as on a real case: read the case card beside each
        step and answer as you would. At the end you see whether you reached the right outcome,
        where your path left the expected one and why, the time you took and how often you went
        back. Going back is allowed, and counted.
      </p>
      <p className="mb-6">
        Nothing is saved as a case session. Your progress is kept in this browser only.
      </p>
      {problem ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-4 py-2 dark:bg-red-950/60">
          {problem}
        </p>
      ) : null}
      <p className="mb-4 font-semibold">
        Cases done: {cases.filter((c) => done.has(c.id)).length} of {cases.length}
      </p>
      <ol className="space-y-4">
        {cases.map((c) => {
          const summary = caseSummary(progress, c.id);
          const last = summary.last;
          return (
            <li
              key={c.id}
              className="rounded-lg border-2 border-slate-300 p-4 dark:border-slate-600"
            >
              <h2 className="text-xl font-bold">
                <Link to={practiceCaseBasePath(guide, c.id)} className={linkClass}>
                  {c.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                {levelLabels[c.level]}
              </p>
              <p className="mt-2">
                {!last
                  ? 'Not tried yet.'
                  : last.correct
                    ? 'Last attempt: right.'
                    : !last.finished
                      ? 'Last attempt: not finished.'
                      : last.divergedAt
                        ? `Last attempt: left the expected path at “${stepTitle(last.divergedAt) ?? last.divergedAt}”.`
                        : 'Last attempt: not the expected outcome.'}
                {summary.attempts > 0
                  ? ` ${summary.attempts} ${summary.attempts === 1 ? 'attempt' : 'attempts'}, ${summary.correct} right.`
                  : ''}
                {summary.bestTimeMs !== undefined
                  ? ` Best time ${formatDuration(summary.bestTimeMs)}.`
                  : ''}
              </p>
            </li>
          );
        })}
      </ol>
      <TrainerReport guide={guide} cases={cases} />
      <ResetProgress onReset={reset} hasProgress={Object.keys(progress.cases).length > 0} />
      <AuthorsRoutes guide={guide} cases={cases} />
    </>
  );
}

function TrainerReport({ guide, cases }: { guide: GuideModel; cases: readonly PracticeCase[] }) {
  const { progress } = useTrainingProgress(guide.manifest.id);
  const onClient = useOnClient();
  const [trainee, setTrainee] = useState('');
  const [format, setFormat] = useState<'text' | 'markdown'>('text');
  const nameId = useId();
  const report = useMemo(
    () =>
      onClient
        ? progressReport(progress, cases, {
            format,
            guideTitle: guide.manifest.title,
            generatedAt: new Date(),
            trainee: trainee.trim() || undefined,
            stepTitle: (id) => guide.stepById(id)?.shortTitle,
          })
        : '',
    [onClient, progress, cases, format, guide, trainee],
  );
  const download = () =>
    downloadFile(
      `training-progress-${guide.manifest.id}.${format === 'markdown' ? 'md' : 'txt'}`,
      report,
      format === 'markdown' ? 'text/markdown' : 'text/plain',
    );
  return (
    <section aria-labelledby="trainer-report" className="mt-10">
      <h2 id="trainer-report" className="mb-2 text-2xl font-bold">
        Report for your trainer
      </h2>
      <p className="mb-3">
        Your progress as a short report, to copy or download and send to your trainer. Your name
        goes in the report only; it is not kept.
      </p>
      <div className="mb-3 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={nameId} className="block font-semibold">
            Your name (optional)
          </label>
          <input
            id={nameId}
            type="text"
            value={trainee}
            onChange={(e) => setTrainee(e.target.value)}
            autoComplete="name"
            className="mt-1 w-64 max-w-full rounded border border-slate-500 bg-white px-2 py-1 dark:border-slate-400 dark:bg-slate-900"
          />
        </div>
        <fieldset>
          <legend className="font-semibold">Format</legend>
          <div className="mt-1 flex gap-4">
            {(['text', 'markdown'] as const).map((f) => (
              <label key={f} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="report-format"
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                  className="size-4 accent-brand-600"
                />
                {f === 'text' ? 'Plain text' : 'Markdown'}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {/* A named region: a plain `<pre>` may not carry a name (ARIA's generic role). */}
      <pre
        role="region"
        aria-label="The report"
        className="mb-3 rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm whitespace-pre-wrap [overflow-wrap:anywhere] dark:border-slate-600 dark:bg-slate-950"
      >
        {report}
      </pre>
      <div className="flex flex-wrap gap-3">
        <CopyButton text={() => report} label="Copy report" />
        <button type="button" onClick={download} disabled={!report} className={secondaryButton}>
          Download report
        </button>
      </div>
    </section>
  );
}

function ResetProgress({ onReset, hasProgress }: { onReset: () => void; hasProgress: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="reset-progress" className="mt-10">
      <h2 id="reset-progress" className="mb-2 text-2xl font-bold">
        Start again
      </h2>
      <p className="mb-3">Forget every attempt this browser has recorded for this guide.</p>
      {confirming ? (
        <div role="alert" className="rounded-md border-2 border-red-700 p-3 dark:border-red-400">
          <p className="mb-3 font-semibold">
            Reset your progress? Every attempt is forgotten; copy the report first if your trainer
            needs it.
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className={primaryButton}
              onClick={() => {
                onReset();
                setConfirming(false);
                setDone(true);
              }}
            >
              Yes, reset my progress
            </button>
            <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className={secondaryButton}
          disabled={!hasProgress}
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          Reset my progress…
        </button>
      )}
      <p role="status" className="mt-2">
        {done ? 'Your progress was reset.' : ''}
      </p>
    </section>
  );
}

/** For a guide's author: the ways through the guide that no case takes yet. */
function AuthorsRoutes({ guide, cases }: { guide: GuideModel; cases: readonly PracticeCase[] }) {
  const routes = useMemo(() => routesWithoutCase(guide, cases), [guide, cases]);
  const name = (id: string) => guide.stepById(id)?.shortTitle ?? id;
  return (
    <details className="mt-10 rounded-md border border-slate-300 px-4 py-2 dark:border-slate-600">
      <summary className="cursor-pointer py-1 font-semibold">
        For the guide’s authors: ways through the guide no case takes yet ({routes.length})
      </summary>
      {routes.length === 0 ? (
        <p className="my-2">Every way through the guide has a case.</p>
      ) : (
        <ul className="my-2 list-disc space-y-1 pl-6 text-sm">
          {routes.map((r) => (
            <li key={r.route}>{r.trail.map(name).join(' → ')}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
