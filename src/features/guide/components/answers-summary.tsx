import { Link } from 'react-router';
import { answerLabel } from '../../../machine/answer-labels';
import { changeAnswerHref } from '../links/answer-step';
import type { StepView } from '../links/resolve-step';
import { linkClass } from '../../../components/link-classes';

/** When an answer was given (an ISO time), if known. */
export type AnsweredAt = (stepId: string, value: string) => string | undefined;

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "How you got here": every answer so far, each with a Change link and when it was given. */
export function AnswersSummary({
  view,
  answeredAt = () => undefined,
}: {
  view: StepView;
  answeredAt?: AnsweredAt;
}) {
  if (view.history.length === 0) return null;
  return (
    <section aria-labelledby="how-you-got-here">
      <h2 id="how-you-got-here" className="mb-2 text-lg font-bold">
        How you got here
      </h2>
      <dl className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {view.history.map(({ step, value }) => {
          const at = answeredAt(step.id, value);
          return (
            <div key={step.id} className="py-2.5">
              <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">
                {step.shortTitle}
              </dt>
              <dd className="flex items-start justify-between gap-3">
                <span className="min-w-0 break-words">
                  {answerLabel(step, value)}
                  {at ? (
                    <span className="block text-sm text-slate-700 dark:text-slate-300">
                      {timeFormat.format(new Date(at))}
                    </span>
                  ) : null}
                </span>
                <Link
                  to={changeAnswerHref(view, step.id)}
                  className={`no-print shrink-0 ${linkClass}`}
                >
                  Change<span className="sr-only"> {step.shortTitle}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
