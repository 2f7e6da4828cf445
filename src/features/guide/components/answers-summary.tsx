import { Link } from 'react-router';
import { answerLabel } from '../explain/answer-labels';
import { changeAnswerHref } from '../links/answer-step';
import type { StepView } from '../links/resolve-step';

/** "How you got here": every answer so far, each with a Change link. */
interface TimelineEntry {
  stepId: string;
  value: string;
  at: string;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When an answer was given: the latest time the same answer was given to the step. */
function answeredAt(timeline: readonly TimelineEntry[], stepId: string, value: string) {
  return timeline.findLast((t) => t.stepId === stepId && t.value === value)?.at;
}

export function AnswersSummary({
  view,
  timeline = [],
}: {
  view: StepView;
  timeline?: readonly TimelineEntry[];
}) {
  if (view.history.length === 0) return null;
  return (
    <section aria-labelledby="how-you-got-here">
      <h2 id="how-you-got-here" className="mb-2 text-lg font-bold">
        How you got here
      </h2>
      <dl className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {view.history.map(({ step, value }) => (
          <div key={step.id} className="py-2.5">
            <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">
              {step.shortTitle}
            </dt>
            <dd className="flex items-start justify-between gap-3">
              <span className="min-w-0 break-words">
                {answerLabel(step, value)}
                {answeredAt(timeline, step.id, value) ? (
                  <span className="block text-sm text-slate-700 dark:text-slate-300">
                    {timeFormat.format(new Date(answeredAt(timeline, step.id, value)!))}
                  </span>
                ) : null}
              </span>
              <Link
                to={changeAnswerHref(view, step.id)}
                className="no-print shrink-0 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-sky-300"
              >
                Change<span className="sr-only"> {step.shortTitle}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
