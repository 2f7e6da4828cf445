import { useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { startStep, steps } from '../../../machine/steps';
import { stepHref } from '../links/guide-href';
import { useFocusOnNavigation } from './use-focus-on-navigation';

/** A path below the guide that names no step. */
export function UnknownStepPanel() {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(ref, useLocation().key);
  return (
    <div className="max-w-2xl">
      <h1 ref={ref} tabIndex={-1} className="mb-4 text-3xl font-bold">
        There is no such step in this guide
      </h1>
      <p className="mb-4">
        Check the link for a typing mistake, or{' '}
        <Link
          className="font-medium text-brand-700 underline dark:text-sky-300"
          to={stepHref(startStep, {}, { withVersion: false })}
        >
          start the guide from the beginning
        </Link>
        .
      </p>
      <h2 className="mt-8 mb-2 text-xl font-bold">Every step of the guide</h2>
      <ul className="list-disc space-y-1 pl-6">
        {steps.map((s) => (
          <li key={s.id}>
            <Link
              className="text-brand-700 underline dark:text-sky-300"
              to={stepHref(s, {}, { withVersion: false })}
            >
              {s.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
