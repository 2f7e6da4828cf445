import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { reloadForUpdate, reloadPage } from '../../../lib/page-reload';
import { failureEpisodes } from '../../../lib/retry-backoff';
import { whenIdle } from '../../../lib/when-idle';
import type { Answers } from '../../../machine/guide-snapshot';
import type { StepMeta } from '../../../machine/step-meta';
import { loadedStepContent, loadStepContent, prefetchStepContent } from '../content/step-content';
import {
  answeredStepHref,
  answerTarget,
  prepareAnswers,
  targetHref,
  unansweredStepHref,
  type AnswerTarget,
} from '../links/answer-step';
import type { StepView } from '../links/resolve-step';

/** How long after a step shows a double-click's second click is still the first one's. */
const carriedOverClickMs = 600;

/** An answer just given on a step, and where it leads. */
export interface GivenAnswer {
  view: StepView;
  value: string;
  target: AnswerTarget;
}

/** Called right before the screen moves on, with the step it moves to. */
export type BeforeMoving = (to: StepMeta) => void;

/** Moves on from the start page, once per visit, calling `beforeMoving` first. */
export type Proceed = (beforeMoving?: BeforeMoving) => void;

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

/** The next step that could not be loaded, and the ways on (`LoadFailureNotice`'s). */
export interface BlockedMove {
  error: unknown;
  target: AnswerTarget;
  retrying: boolean;
  retry(): void;
  /** After an update: the new version opens the next step, with this answer in its link. */
  update(): boolean;
  reload(): void;
}

/**
 * How a step is answered and left: one answer per visit (a double-click's second click does
 * nothing, here or on the next step), the step's history entry kept as the engineer leaves it,
 * the next step's page loaded before moving on, or the step kept with the answer chosen and a
 * notice that says why (`blocked`), until it can move on.
 */
export function useAnswerFlow(
  view: StepView,
  knownAnswers: Answers | undefined,
  onAnswer: ((answer: GivenAnswer) => void) | undefined,
) {
  const { guide, step } = view;
  const navigate = useNavigate();
  const location = useLocation();

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
  // URL and the answer chosen, and says so, until it can move on.
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

  const proceed: Proceed = (beforeMoving) => {
    if (firstAnswer()) moveOn('start', beforeMoving);
  };

  const shown = blocked && blocked.key === location.key ? blocked : null;
  const blockedMove: BlockedMove | null = shown && {
    error: shown.error,
    target: shown.target,
    retrying: shown.retrying,
    retry() {
      answerGiven.current = true;
      moveOn(shown.value, shown.beforeMoving);
    },
    update() {
      recordLeaving(shown.value, shown.target, shown.beforeMoving);
      return reloadForUpdate(targetHref(view, shown.target));
    },
    reload: () => reloadPage(targetHref(view, shown.target)),
  };

  return {
    /** Gives an answer on this step (once per visit) and moves on. */
    answer(value: string) {
      if (firstAnswer()) moveOn(value);
    },
    proceed,
    /** Keeps the answer chosen (not yet given) in this step's history entry. */
    keepInEntry,
    /** For the screen's capture handlers: a double-click's second click, carried over. */
    ignoreCarriedOverClick,
    blocked: blockedMove,
  };
}
