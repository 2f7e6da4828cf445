import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { StepView } from '../../guide/links/resolve-step';
import { draftKey } from '../report-draft';
import type { ReportProblemPanelProps } from './report-problem-panel';
import { useReportDraft } from './use-report-draft';
import { linkClass } from '../../../components/link-classes';

type Panel = (props: ReportProblemPanelProps) => ReactNode;

/** The form, loaded when the control is first opened (its own chunk); a failed load may be retried. */
let loading: Promise<Panel> | undefined;
let loaded: Panel | undefined;
function loadPanel(): Promise<Panel> {
  if (!loading) {
    const attempt = import('./report-problem-panel').then((m) => (loaded = m.ReportProblemPanel));
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}

// The control is left out of a page rendered ahead of time: it needs the app, and a button that
// does nothing until the app runs is worse than one that appears when it does.
const noSubscription = () => () => undefined;
const inBrowser = () => true;
const aheadOfTime = () => false;

/**
 * "Report a problem with this step": a disclosure under the step; its form makes a report for
 * the guide's owners (`report-problem-panel.tsx`). Nothing is sent from here. What is typed is
 * kept per step in this tab as it is typed (see `report-draft.ts`), and the control opens again
 * on coming back to a step with a draft. Render it with a `key` per step.
 */
export function ReportProblem({ view }: { view: StepView }) {
  const { manifest } = view.guide;
  const [draft, setDraft, discardDraft] = useReportDraft(draftKey(manifest.id, view.step.id));
  const hasDraft = draft.kind !== undefined || draft.comment !== '';
  const [opened, setOpened] = useState<boolean>();
  const open = opened ?? hasDraft;
  const [panel, setPanel] = useState<{ Panel?: Panel; failed?: boolean }>(() => ({
    Panel: loaded,
  }));
  const browser = useSyncExternalStore(noSubscription, inBrowser, aheadOfTime);
  const id = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open || panel.Panel || panel.failed) return;
    let live = true;
    loadPanel().then(
      (Panel) => live && setPanel({ Panel }),
      () => live && setPanel({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [open, panel]);

  if (!browser) return null;
  const { Panel } = panel;
  return (
    <section
      aria-labelledby={`${id}-toggle`}
      className="no-print mt-12 border-t border-slate-200 pt-6 dark:border-slate-700"
    >
      <h2 className="text-base font-semibold">
        <button
          ref={toggleRef}
          id={`${id}-toggle`}
          type="button"
          aria-expanded={open}
          aria-controls={open ? `${id}-panel` : undefined}
          onClick={() => setOpened(!open)}
          className={`inline-flex items-center gap-2 ${linkClass}`}
        >
          <span aria-hidden="true" className="inline-block w-3 no-underline">
            {open ? '▾' : '▸'}
          </span>
          Report a problem with this step
        </button>
      </h2>

      {open && Panel ? (
        <Panel
          view={view}
          id={`${id}-panel`}
          draft={draft}
          setDraft={setDraft}
          onDiscard={() => {
            discardDraft();
            // The panel stays open, empty; the focus goes back to its toggle.
            setOpened(true);
            toggleRef.current?.focus();
          }}
        />
      ) : null}
      {open && !Panel ? (
        <div id={`${id}-panel`} className="mt-4">
          {panel.failed ? (
            <p>
              The report form could not be loaded. Check your connection, then{' '}
              <button type="button" onClick={() => setPanel({})} className={linkClass}>
                try again
              </button>
              . Nothing you typed is lost.
            </p>
          ) : (
            <p aria-busy="true">Loading the report form…</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
