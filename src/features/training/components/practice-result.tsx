import type { Ref } from 'react';
import { answerLabel } from '../../../machine/answer-labels';
import type { PracticeCase, WhyWeAsk } from '../../../machine/guide-training';
import type { StepMeta } from '../../../machine/step-meta';
import { formatDuration } from '../progress-report';
import type { PracticeScore } from '../score-walk';

export interface PracticeResultProps {
  score: PracticeScore;
  practiceCase: PracticeCase;
  /** The guide's steps (their titles and answer labels). */
  steps: readonly StepMeta[];
  /** What each question decides, to say why a wrong answer mattered. */
  whyWeAsk?: WhyWeAsk;
  /** The result's heading, to move the focus to when the result appears. */
  headingRef?: Ref<HTMLHeadingElement>;
}

function PathList({
  trail,
  answers,
  steps,
  divergedAt,
}: {
  trail: readonly string[];
  answers: Readonly<Record<string, string>>;
  steps: ReadonlyMap<string, StepMeta>;
  divergedAt?: string;
}) {
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-6">
      {trail.map((id) => {
        const step = steps.get(id);
        const value = answers[id];
        const diverged = id === divergedAt;
        return (
          <li key={id} className={diverged ? 'font-semibold' : undefined}>
            {step?.shortTitle ?? id}
            {value !== undefined && step ? (
              <span className="text-slate-700 dark:text-slate-300">
                : {answerLabel(step, value)}
              </span>
            ) : null}
            {diverged ? (
              <span className="text-red-800 dark:text-red-300"> ← the paths part here</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The end of a practice case: right or wrong, the first step where the trainee's path left
 * the expected one and why, the time taken and the number of times they went back, what the
 * case teaches, and both paths side by side. `headingRef` lets the page focus the heading.
 */
export function PracticeResult({
  score,
  practiceCase,
  steps,
  whyWeAsk,
  headingRef,
}: PracticeResultProps) {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const title = (id: string) => byId.get(id)?.title ?? id;
  const right = score.pathRight;
  const d = score.divergence;
  const verdict = right
    ? 'Right: the expected outcome, by the expected path'
    : score.outcomeRight
      ? 'Right outcome, but not by the expected path'
      : score.finished
        ? 'Not the expected outcome'
        : 'Not finished';
  return (
    <section
      aria-labelledby="practice-result-heading"
      className={`rounded-lg border-l-8 p-4 sm:p-6 ${
        right
          ? 'border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/60'
          : 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950/60'
      }`}
    >
      <h2
        id="practice-result-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-2xl font-bold"
      >
        {right ? '✓ ' : '✗ '}
        {verdict}
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">You reached</dt>
        <dd>{score.reached.title}</dd>
        <dt className="font-semibold">Expected</dt>
        <dd>{title(score.expectedOutcome)}</dd>
        {score.causeReached || score.expectedCause ? (
          <>
            <dt className="font-semibold">Cause</dt>
            <dd>
              {score.causeReached?.shortTitle ?? 'none matched'}
              {score.causeReached?.id !== score.expectedCause?.id
                ? ` (expected: ${score.expectedCause?.shortTitle ?? 'none of the known causes'})`
                : ''}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">Time taken</dt>
        <dd>{formatDuration(score.timeMs)}</dd>
        <dt className="font-semibold">Went back</dt>
        <dd>{score.backs === 1 ? 'once' : `${score.backs} times`}</dd>
      </dl>

      {d ? (
        <div className="mt-5">
          <h3 className="text-lg font-bold">Where your path left the expected one</h3>
          <p className="mt-1">
            At <strong>{d.step.title}</strong>{' '}
            {d.reason === 'answer' ? (
              <>
                you answered “{d.givenLabel}”; the expected answer was “{d.expectedLabel}”.
              </>
            ) : (
              <>you stopped; the expected answer was “{d.expectedLabel}”.</>
            )}
          </p>
          {whyWeAsk?.[d.step.id] ? (
            <p className="mt-1">This question decides: {whyWeAsk[d.step.id]!.decides}</p>
          ) : null}
        </div>
      ) : null}

      <div className="mt-5">
        <h3 className="text-lg font-bold">About this case</h3>
        <p className="mt-1 max-w-[42rem]">{practiceCase.debrief}</p>
      </div>

      <div className="mt-5 grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="text-lg font-bold">Your path</h3>
          <PathList
            trail={score.trail}
            answers={score.answers}
            steps={byId}
            divergedAt={d?.step.id}
          />
        </div>
        <div>
          <h3 className="text-lg font-bold">Expected path</h3>
          <PathList
            trail={score.expectedTrail}
            answers={practiceCase.expected.answers}
            steps={byId}
            divergedAt={d?.step.id}
          />
        </div>
      </div>
    </section>
  );
}
