import { startTransition, useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ChecklistStateContext, type ChecklistState } from '../../../components/checklist-state';
import { CopyButton } from '../../../components/copy-button';
import { useActiveSession } from '../../sessions/active/active-session-context';
import { useSessionFollowsTab } from '../../sessions/active/use-session-follows-tab';
import { CaseDetailsForm } from '../../sessions/components/case-details-form';
import { CasePanel } from '../../sessions/components/case-panel';
import { recordAnswer, toggleChecklistItem } from '../../sessions/session-record';
import { possibleNextSteps, startStep } from '../../../machine/steps';
import { answerLabel } from '../explain/answer-labels';
import { prefetchStepContent } from '../content/step-content';
import {
  answeredStepHref,
  answerTarget,
  previousStepHref,
  shareableHref,
  targetHref,
} from '../links/answer-step';
import { stepHref } from '../links/guide-href';
import type { StepView } from '../links/resolve-step';
import { AnswerForm } from './answer-form';
import { AnswersSummary } from './answers-summary';
import { ProgressIndicator } from './progress-indicator';
import { StepContentView } from './step-content-view';
import {
  DesktopHeapNotice,
  KnownIssuesReason,
  ReferenceNotice,
  VersionNotice,
} from './step-notices';
import { useFocusOnNavigation } from './use-focus-on-navigation';

const linkClass =
  'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-sky-300 dark:hover:text-sky-200';

export function StepScreen({ view }: { view: StepView }) {
  const { step } = view;
  const navigate = useNavigate();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(headingRef, location.key);

  useEffect(() => {
    prefetchStepContent(possibleNextSteps(step.id).map((s) => s.id));
  }, [step.id]);

  const active = useActiveSession();
  const { session, update } = active;
  useSessionFollowsTab(view, location.key);
  const checklists = useMemo<ChecklistState | null>(
    () =>
      session
        ? {
            checkedAt: (list, item) => session.checklists[list]?.[item],
            toggle: (list, item, on) =>
              update((s, at) => toggleChecklistItem(s, list, item, on, at)),
          }
        : null,
    [session, update],
  );

  // One answer per visit to a step: a second click (a double-click on Continue) before the next
  // step shows adds no history entry and no timeline entry.
  const answerGiven = useRef(false);
  useEffect(() => {
    answerGiven.current = false;
  }, [location.key]);
  const firstAnswer = () => {
    if (answerGiven.current) return false;
    answerGiven.current = true;
    return true;
  };

  const go = (value: string) => {
    const target = answerTarget(view, value);
    if (session && step.kind !== 'start') {
      // Saved now; shown with the next step in one render (the navigation is a transition too).
      startTransition(() =>
        update((s, at) => ({
          ...recordAnswer(s, step.id, value, target.answers, target.step.id, at),
          ...(target.returnTo ? { returnTo: target.returnTo } : { returnTo: undefined }),
        })),
      );
    }
    // Browser Back then shows this step as the engineer left it, answer selected.
    if (step.kind !== 'start') {
      window.history.replaceState(window.history.state, '', answeredStepHref(view, value));
    }
    void navigate(targetHref(target));
  };
  const answer = (value: string) => {
    if (firstAnswer()) go(value);
  };

  const back = previousStepHref(view);
  const answering = view.mode === 'answered' && step.answer;
  const returning = view.returnTo;

  return (
    <ChecklistStateContext.Provider value={checklists}>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
            {back ? (
              <Link to={back} className={`${linkClass} inline-flex items-center gap-1`}>
                <span aria-hidden="true">‹</span> Back
              </Link>
            ) : (
              <span />
            )}
            {step.kind !== 'start' ? (
              <Link to={stepHref(startStep, {}, { withVersion: false })} className={linkClass}>
                Start over
              </Link>
            ) : null}
          </div>

          {view.linkVersion !== undefined ? <VersionNotice linkVersion={view.linkVersion} /> : null}
          {view.mode === 'reference' && step.kind !== 'start' ? <ReferenceNotice /> : null}
          {returning ? (
            <p role="note" className="mb-4 rounded-md bg-slate-100 px-4 py-2 dark:bg-slate-800">
              You are changing an answer. After this you return to “{returning.shortTitle}” if it
              still applies.
            </p>
          ) : null}
          <div className="mb-6 lg:hidden">
            <ProgressIndicator step={step} reference={view.mode === 'reference'} />
          </div>
          <DesktopHeapNotice view={view} />

          <h1
            ref={headingRef}
            tabIndex={-1}
            className="mb-6 text-3xl leading-tight font-bold break-words sm:text-4xl"
          >
            {step.title}
          </h1>
          <KnownIssuesReason view={view} />

          <StepContentView stepId={step.id} />

          {answering && step.kind === 'start' ? (
            <section aria-labelledby="start-case" className="no-print mt-8 max-w-md">
              <h2 id="start-case" className="mb-1 text-xl font-bold">
                Start a case session
              </h2>
              <p className="mb-4 text-slate-700 dark:text-slate-300">
                Your answers, checklists and notes are kept in this browser so you can resume later.
                The case number never goes into a link.
              </p>
              <CaseDetailsForm
                submitLabel="Start"
                onSubmit={(details) => {
                  if (!firstAnswer()) return;
                  startTransition(() => {
                    active.start({ ...details, stepId: step.id });
                  });
                  go('start');
                }}
              />
            </section>
          ) : null}
          {answering && step.kind !== 'start' ? (
            <AnswerForm
              key={location.key}
              step={step}
              initialValue={view.answers[step.id]}
              onAnswer={answer}
            />
          ) : null}
          {view.mode === 'reference' && step.answer && step.kind !== 'start' ? (
            <section aria-labelledby="possible-answers" className="mt-8">
              <h2 id="possible-answers" className="text-xl font-bold">
                {step.answer.type === 'single' && step.answer.prompt
                  ? step.answer.prompt
                  : 'Possible answers'}
              </h2>
              <ul className="mt-2 list-disc pl-6">
                {(step.answer.type === 'multiple'
                  ? [...step.answer.options, step.answer.none]
                  : step.answer.options
                ).map((o) => (
                  <li key={o.value}>{answerLabel(step, o.value)}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        <aside
          aria-label="Your answers and progress"
          className="space-y-8 lg:border-l lg:border-slate-200 lg:pl-8 dark:lg:border-slate-700"
        >
          <div className="hidden lg:block">
            <ProgressIndicator step={step} reference={view.mode === 'reference'} />
          </div>
          <CasePanel view={view} />
          <AnswersSummary view={view} timeline={session?.timeline} />
          <div className="no-print space-y-3">
            <CopyButton
              text={() => new URL(shareableHref(view), window.location.origin).href}
              label="Copy link to this step"
            />
            <p className="text-sm text-slate-700 dark:text-slate-300">
              The link opens this step with the answers above, for anyone. It holds no case data.
            </p>
          </div>
        </aside>
      </div>
    </ChecklistStateContext.Provider>
  );
}
