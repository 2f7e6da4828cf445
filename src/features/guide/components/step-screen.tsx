import type { MDXComponents } from 'mdx/types';
import { useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { CopyButton } from '../../../components/copy-button';
import { LoadFailureNotice } from '../../../components/load-failure-notice';
import { linkClass } from '../../../components/link-classes';
import { answerLabel } from '../../../machine/answer-labels';
import type { Answers } from '../../../machine/guide-snapshot';
import type { StepMeta } from '../../../machine/step-meta';
import { previousStepHref, shareableHref } from '../links/answer-step';
import { guideStartHref } from '../links/guide-href';
import type { StepView } from '../links/resolve-step';
import { AnswerForm } from './answer-form';
import { AnswersSummary, type AnsweredAt } from './answers-summary';
import { GuideModelContext } from './guide-model-context';
import { answerDependentHint, prerenderHintAttribute, referenceOnlyHint } from './prerender-hints';
import { ProgressIndicator } from './progress-indicator';
import { StepContentView } from './step-content-view';
import { GuideNotices, ReferenceNotice, VersionNotice } from './step-notices';
import { useAnswerFlow, type GivenAnswer, type Proceed } from './use-answer-flow';
import { useFocusOnNavigation } from './use-focus-on-navigation';

export interface StepScreenProps {
  view: StepView;
  /** Told of each answer (the start page's too) before the screen moves on. */
  onAnswer?: (answer: GivenAnswer) => void;
  /**
   * What the start page offers in place of its plain button: given `proceed`, which moves on
   * to the first question once per visit (a double-click moves once), calling `beforeMoving`
   * (with the step it moves to) first, and only then.
   */
  renderStart?: (proceed: Proceed) => ReactNode;
  /** Shown beside the step, above the answers summary (a case panel, say). */
  aside?: ReactNode;
  /** Shown under the step's content and answers (a way to report a problem with it, say). */
  footer?: ReactNode;
  /**
   * Shown after the step's content, right before its answer form (a way to answer it from the
   * customer's logs, and the evidence kept for it, say).
   */
  beforeAnswer?: ReactNode;
  /** When each answer in the summary was given, if known. */
  answeredAt?: AnsweredAt;
  /** Answers known beyond the link (a case session's): later steps stay pre-filled. */
  knownAnswers?: Answers;
  /** Added to the content pages' components (`<Term>` with the guide's glossary, say). */
  contentComponents?: MDXComponents;
  /** Shown after the step's content, before its answer form ("Why we ask this", say). */
  help?: ReactNode;
  /** Shown above the step, across the screen (a practice mode banner, say). */
  banner?: ReactNode;
  /** A wider column beside the step (for a practice case's card). */
  wideAside?: boolean;
}

/** A step's answers, listed on its reference view (nothing to choose there). */
function PossibleAnswers({ step }: { step: StepMeta }) {
  if (!step.answer) return null;
  return (
    <section aria-labelledby="possible-answers" className="mt-8">
      <h2 id="possible-answers" className="text-xl font-bold">
        {step.answer.type !== 'confirm' && step.answer.prompt
          ? step.answer.prompt
          : 'Possible answers'}
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {(step.answer.type === 'multiple' && !step.answer.checklist
          ? [...step.answer.options, step.answer.none]
          : step.answer.options
        ).map((o) => (
          <li key={o.value}>{answerLabel(step, o.value)}</li>
        ))}
      </ul>
    </section>
  );
}

/** What `renderStart` renders, given the way on (an event handler: never called while rendering). */
function StartSlot({
  render,
  proceed,
}: {
  render: (proceed: Proceed) => ReactNode;
  proceed: Proceed;
}) {
  return render(proceed);
}

/**
 * One step of a guide: its title, content and answer form, the way back, the progress and the
 * answers so far. What the rest of the app adds (a case session) comes in through the props.
 */
export function StepScreen({
  view,
  onAnswer,
  renderStart,
  aside,
  footer,
  beforeAnswer,
  answeredAt,
  knownAnswers,
  contentComponents,
  help,
  banner,
  wideAside = false,
}: StepScreenProps) {
  const { guide, step } = view;
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(headingRef, location.key);
  const flow = useAnswerFlow(view, knownAnswers, onAnswer);

  const back = previousStepHref(view);
  const answering = view.mode === 'answered' && step.answer;
  const returning = view.returnTo;
  const reference = view.mode === 'reference';
  const notices = guide.notices({ step, snapshot: view.snapshot, history: view.history });

  return (
    <GuideModelContext.Provider value={guide}>
      {banner}
      <div
        onMouseDownCapture={flow.ignoreCarriedOverClick}
        onClickCapture={flow.ignoreCarriedOverClick}
        className={`grid gap-10 ${
          wideAside ? 'lg:grid-cols-[minmax(0,1fr)_26rem]' : 'lg:grid-cols-[minmax(0,1fr)_20rem]'
        }`}
      >
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
              <Link to={guideStartHref(guide)} className={linkClass}>
                Start over
              </Link>
            ) : null}
          </div>

          {view.linkVersion !== undefined ? (
            <VersionNotice guide={guide} linkVersion={view.linkVersion} />
          ) : null}
          {reference && step.kind !== 'start' ? (
            <div {...{ [prerenderHintAttribute]: referenceOnlyHint }}>
              <ReferenceNotice guide={guide} />
            </div>
          ) : null}
          {returning ? (
            <p role="note" className="mb-4 rounded-md bg-slate-100 px-4 py-2 dark:bg-slate-800">
              You are changing an answer. After this you return to “{returning.shortTitle}” if it
              still applies.
            </p>
          ) : null}
          <div className="mb-6 lg:hidden" {...{ [prerenderHintAttribute]: answerDependentHint }}>
            <ProgressIndicator view={view} />
          </div>
          <GuideNotices notices={notices} placement="before-title" />

          <h1
            ref={headingRef}
            tabIndex={-1}
            className="mb-6 text-3xl leading-tight font-bold break-words sm:text-4xl"
          >
            {step.title}
          </h1>
          <GuideNotices notices={notices} placement="after-title" />

          <StepContentView
            guideId={guide.manifest.id}
            stepId={step.id}
            components={contentComponents}
          />
          {help}
          {beforeAnswer}

          {answering && step.kind === 'start' ? (
            // A case session in this tab changes what the start page offers.
            <div {...{ [prerenderHintAttribute]: answerDependentHint }}>
              {renderStart ? (
                <StartSlot render={renderStart} proceed={flow.proceed} />
              ) : (
                <AnswerForm step={step} onAnswer={flow.answer} />
              )}
            </div>
          ) : null}
          {answering && step.kind !== 'start' ? (
            <AnswerForm
              key={location.key}
              step={step}
              initialValue={view.answers[step.id]}
              onChoose={flow.keepInEntry}
              onAnswer={flow.answer}
            />
          ) : null}
          {flow.blocked ? (
            <LoadFailureNotice
              error={flow.blocked.error}
              what={`The next step, “${flow.blocked.target.step.shortTitle}”,`}
              episode={`${guide.manifest.id}/${flow.blocked.target.step.id}`}
              retrying={flow.blocked.retrying}
              onRetry={flow.blocked.retry}
              onUpdated={flow.blocked.update}
              onReload={flow.blocked.reload}
            />
          ) : null}
          {reference && step.kind !== 'start' ? <PossibleAnswers step={step} /> : null}
          {footer}
        </div>

        <aside
          aria-label="Your answers and progress"
          {...{ [prerenderHintAttribute]: answerDependentHint }}
          className="space-y-8 lg:border-l lg:border-slate-200 lg:pl-8 dark:lg:border-slate-700"
        >
          <div className="hidden lg:block">
            <ProgressIndicator view={view} />
          </div>
          {aside}
          <AnswersSummary view={view} answeredAt={answeredAt} />
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
    </GuideModelContext.Provider>
  );
}
