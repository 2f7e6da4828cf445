import { useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { guideStartHref, stepHref } from '../links/guide-href';
import type { BadLinkView } from '../links/resolve-step';
import { VersionNotice } from './step-notices';
import { useFocusOnNavigation } from './use-focus-on-navigation';

const actionClass =
  'inline-block rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 dark:border-sky-300 dark:text-sky-200 dark:hover:bg-slate-800';

/** A link whose answers are malformed, tampered with, or contradict each other. */
export function BadLinkPanel({ view }: { view: BadLinkView }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(ref, useLocation().key);
  return (
    <div className="max-w-2xl">
      {view.linkVersion !== undefined ? (
        <VersionNotice guide={view.guide} linkVersion={view.linkVersion} />
      ) : null}
      <h1 ref={ref} tabIndex={-1} className="mb-4 text-3xl font-bold">
        This link can't be opened as it is
      </h1>
      <p className="mb-2">The link points to “{view.step.title}”, but its answers can't be used:</p>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        {view.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="mb-4">Nothing was changed. You can:</p>
      <ul className="space-y-3">
        {view.leadsTo ? (
          <li>
            <Link
              className={actionClass}
              to={stepHref(view.guide, view.leadsTo.step, view.leadsTo.answers)}
            >
              Go to “{view.leadsTo.step.shortTitle}”, where these answers lead
            </Link>
          </li>
        ) : null}
        {view.salvage ? (
          <li>
            <Link
              className={actionClass}
              to={stepHref(view.guide, view.salvage.step, view.salvage.answers)}
            >
              {Object.keys(view.salvage.answers).length > 0
                ? `Open “${view.salvage.step.shortTitle}” with the answers that fit together`
                : `Open “${view.salvage.step.shortTitle}” on its own, without answers`}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className={actionClass} to={guideStartHref(view.guide)}>
            Start the guide from the beginning
          </Link>
        </li>
      </ul>
    </div>
  );
}
