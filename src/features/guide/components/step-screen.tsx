import type { MDXComponents } from 'mdx/types';
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { CopyButton } from '../../../components/copy-button';
import { LoadFailureNotice } from '../../../components/load-failure-notice';
import { reloadForUpdate, reloadPage } from '../../../lib/page-reload';
import { failureEpisodes } from '../../../lib/retry-backoff';
import { whenIdle } from '../../../lib/when-idle';
import { answerLabel } from '../../../machine/answer-labels';
import type { Answers } from '../../../machine/guide-snapshot';
import type { StepMeta } from '../../../machine/step-meta';
import { loadedStepContent, loadStepContent, prefetchStepContent } from '../content/step-content';
import {
  answeredStepHref,
  unansweredStepHref,
  answerTarget,
  prepareAnswers,
  previousStepHref,
  shareableHref,
  targetHref,
  type AnswerTarget,
} from '../links/answer-step';
import { guideStartHref } from '../links/guide-href';
import type { StepView } from '../links/resolve-step';
import { AnswerForm } from './answer-form';
import { AnswersSummary, type AnsweredAt } from './answers-summary';
import { GuideModelContext } from './guide-model-context';
import { answerDependentHint, prerenderHintAttribute, referenceOnlyHint } from './prerender-hints';
import { ProgressIndicator } from './progress-indicator';
import { StepContentView } from './step-content-view';
import { GuideNotices, ReferenceNotice, VersionNotice } from './step-notices';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { linkClass } from '../../../components/link-classes';

/** How long after a step shows a double-click's second click is still the first one's. */
const carriedOverClickMs = 600;

/** An answer just given on a step, and where it leads. */
export interface GivenAnswer {
  view: StepView;
  value: string;
  target: AnswerTarget;
}

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

/** Called right before the screen moves on, with the step it moves to. */
type BeforeMoving = (to: StepMeta) => void;

type Proceed = (beforeMoving?: BeforeMoving) => void;

/** An answer given whose next step could not be loaded yet. */
interface BlockedAnswer {
  /** The visit to this step it was given on. */
  key: string;
  value: string;
  target: AnswerTarget;
  beforeMoving?: BeforeMoving;
  error: unknown;
  retrying: boolean;
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
  const navigate = useNavigate();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(headingRef, location.key);

  useEffect(() => {
    prefetchStepContent(
      guide.manifest.id,
      guide.possibleNextSteps(step.id).map((s) => s.id),
    );
  }, [guide, step.id]);
  // While the engineer reads, what each answer leads to is worked out: a click only looks it up.
  useEffect(() => whenIdle(() => void prepareAnswers(view, knownAnswers)), [view, knownAnswers]);

  // One answer per visit to a step: a second click (a double-click on Continue) before the next
  // step shows adds no history entry and no timeline entry.
  const answerGiven = useRef(false);
  const currentKey = useRef(location.key);
  // The second click of a double-click that moved on lands on the new step, which shows within
  // the same click: it must not choose, submit or follow anything there, nor select a word (the
  // browser selects on its mousedown).
  const shownAt = useRef(0);
  useEffect(() => {
    answerGiven.current = false;
    currentKey.current = location.key;
    shownAt.current = performance.now();
  }, [location.key]);
  const ignoreCarriedOverClick = (e: MouseEvent) => {
    if (e.detail > 1 && performance.now() - shownAt.current < carriedOverClickMs) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  const firstAnswer = () => {
    if (answerGiven.current) return false;
    answerGiven.current = true;
    return true;
  };

  // The step an answer leads to, when its page could not be loaded: this step stays, with its
  // URL and the answer chosen, and says so (`LoadFailureNotice`), until it can move on.
  const [blocked, setBlocked] = useState<BlockedAnswer | null>(null);
  const attempts = useRef(0);

  // This step's history entry, kept as the engineer leaves it: its link with the answer chosen
  // so far, so that the browser's Back shows the step as it was left and a reload keeps the
  // choice. Rewritten as soon as an answer is chosen, so the click that moves on does not also
  // pay for it (a history rewrite costs about a millisecond, four on a slow phone).
  const entryHref = useRef<{ key: string; href: string } | null>(null);
  const keepInEntry = (value: string | undefined) => {
    if (step.kind === 'start') return;
    const href = value === undefined ? unansweredStepHref(view) : answeredStepHref(view, value);
    const kept = entryHref.current;
    if (kept && kept.key === location.key && kept.href === href) return;
    entryHref.current = { key: location.key, href };
    window.history.replaceState(window.history.state, '', href);
  };

  /** Records the answer, and leaves this step's history entry as the engineer left it. */
  const recordLeaving = (value: string, target: AnswerTarget, beforeMoving?: BeforeMoving) => {
    beforeMoving?.(target.step);
    onAnswer?.({ view, value, target });
    keepInEntry(value);
  };
  const leave = (value: string, target: AnswerTarget, beforeMoving?: BeforeMoving) => {
    recordLeaving(value, target, beforeMoving);
    void navigate(targetHref(view, target), { flushSync: true });
  };
  /** Moves on once the next step's page is loaded (at once when it was prefetched). */
  const moveOn = (value: string, beforeMoving?: BeforeMoving) => {
    const target = answerTarget(view, value, knownAnswers);
    const guideId = guide.manifest.id;
    if (loadedStepContent(guideId, target.step.id)) {
      leave(value, target, beforeMoving);
      return;
    }
    const key = location.key;
    const attempt = (attempts.current += 1);
    const current = () => currentKey.current === key && attempts.current === attempt;
    setBlocked((b) => (b && b.key === key ? { ...b, retrying: true } : b));
    loadStepContent(guideId, target.step.id, `answer:${key}:${attempt}`).then(
      () => {
        if (!current()) return;
        setBlocked(null);
        failureEpisodes.ended(`${guideId}/${target.step.id}`);
        leave(value, target, beforeMoving);
      },
      (error: unknown) => {
        if (!current()) return;
        answerGiven.current = false;
        setBlocked({ key, value, target, beforeMoving, error, retrying: false });
      },
    );
  };
  const answer = (value: string) => {
    if (firstAnswer()) moveOn(value);
  };
  const proceed = (beforeMoving?: BeforeMoving) => {
    if (firstAnswer()) moveOn('start', beforeMoving);
  };
  const shownBlock = blocked && blocked.key === location.key ? blocked : null;

  const back = previousStepHref(view);
  const answering = view.mode === 'answered' && step.answer;
  const returning = view.returnTo;
  const reference = view.mode === 'reference';
  const notices = guide.notices({ step, snapshot: view.snapshot, history: view.history });

  return (
    <GuideModelContext.Provider value={guide}>
      {banner}
      <div
        onMouseDownCapture={ignoreCarriedOverClick}
        onClickCapture={ignoreCarriedOverClick}
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
                <StartSlot render={renderStart} proceed={proceed} />
              ) : (
                <AnswerForm step={step} onAnswer={answer} />
              )}
            </div>
          ) : null}
          {answering && step.kind !== 'start' ? (
            <AnswerForm
              key={location.key}
              step={step}
              initialValue={view.answers[step.id]}
              onChoose={keepInEntry}
              onAnswer={answer}
            />
          ) : null}
          {shownBlock ? (
            <LoadFailureNotice
              error={shownBlock.error}
              what={`The next step, “${shownBlock.target.step.shortTitle}”,`}
              episode={`${guide.manifest.id}/${shownBlock.target.step.id}`}
              retrying={shownBlock.retrying}
              onRetry={() => {
                answerGiven.current = true;
                moveOn(shownBlock.value, shownBlock.beforeMoving);
              }}
              onUpdated={() => {
                // The new version opens the next step, with this answer in its link.
                const { value, target, beforeMoving } = shownBlock;
                recordLeaving(value, target, beforeMoving);
                return reloadForUpdate(targetHref(view, target));
              }}
              onReload={() => reloadPage(targetHref(view, shownBlock.target))}
            />
          ) : null}
          {reference && step.answer && step.kind !== 'start' ? (
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
          ) : null}
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
