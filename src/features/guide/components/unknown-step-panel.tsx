import { useRef } from 'react';
import { Link, useLocation } from 'react-router';
import type { GuideModel } from '../../../machine/guide-model';
import type { StepMeta } from '../../../machine/step-meta';
import { guideStartHref, stepPathname } from '../links/guide-href';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { linkClass } from '../../../components/link-classes';

interface UnknownStepPanelProps {
  guide: GuideModel;
  /** The steps the path most likely meant. */
  suggestions: readonly StepMeta[];
  /** The link's query string, carried to a suggested step so its answers are not lost. */
  search: string;
}

/** A path below the guide that names no step: the likely steps first, then every step. */
export function UnknownStepPanel({ guide, suggestions, search }: UnknownStepPanelProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(ref, useLocation().key);
  const carriesAnswers = search.length > 1;
  return (
    <div className="max-w-2xl">
      <h1 ref={ref} tabIndex={-1} className="mb-4 text-3xl font-bold">
        There is no such step in this guide
      </h1>
      {suggestions.length > 0 ? (
        <section aria-labelledby="did-you-mean" className="mb-6">
          <h2 id="did-you-mean" className="mb-2 text-xl font-bold">
            Did you mean
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {suggestions.map((s) => (
              <li key={s.id}>
                <Link
                  className={`font-medium ${linkClass}`}
                  to={`${stepPathname(guide, s)}${search}`}
                >
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
          {carriesAnswers ? (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              These links keep the answers your link carried.
            </p>
          ) : null}
        </section>
      ) : null}
      <p className="mb-4">
        Check the link for a typing mistake, or{' '}
        <Link className={`font-medium ${linkClass}`} to={guideStartHref(guide)}>
          start the guide from the beginning
        </Link>
        .
      </p>
      <h2 className="mt-8 mb-2 text-xl font-bold">Every step of the guide</h2>
      <ul className="list-disc space-y-1 pl-6">
        {guide.steps.map((s) => (
          <li key={s.id}>
            <Link className={linkClass} to={stepPathname(guide, s)}>
              {s.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
