import type { StepMeta } from '../../../machine/step-meta';
import type { StepView } from '../../guide/links/resolve-step';
import { useActiveSession } from '../active/active-session-context';
import { CaseDetailsForm } from './case-details-form';

/**
 * The start page's form: starts a case session for the guide, then moves on (`proceed`, which
 * starts it only once however often the form is sent).
 */
export function StartCaseSession({
  view,
  proceed,
}: {
  view: StepView;
  proceed: (beforeMoving: (to: StepMeta) => void) => void;
}) {
  const { start } = useActiveSession();
  const { manifest } = view.guide;
  return (
    <section aria-labelledby="start-case" className="no-print mt-8 max-w-md">
      <h2 id="start-case" className="mb-1 text-xl font-bold">
        Start a case session
      </h2>
      <p className="mb-4 text-slate-700 dark:text-slate-300">
        Your answers, checklists and notes are kept in this browser so you can resume later. The
        case number never goes into a link.
      </p>
      <CaseDetailsForm
        submitLabel="Start"
        onSubmit={(details) =>
          // Started at the first question, shown with it in the navigation's one commit.
          proceed((to) =>
            start({
              ...details,
              guideId: manifest.id,
              guideVersion: manifest.version,
              stepId: to.id,
            }),
          )
        }
      />
    </section>
  );
}
