import { useCallback, useEffect, useEffectEvent, useMemo } from 'react';
import type { ChecklistState } from '../../../components/checklist-state';
import type { Answers } from '../../../machine/guide-snapshot';
import type { AnsweredAt } from '../../guide/components/answers-summary';
import type { GivenAnswer } from '../../guide/components/use-answer-flow';
import type { StepView } from '../../guide/links/resolve-step';
import type { Position } from '../session-intents';
import { useActiveSession } from './active-session-context';
import { useGuideSession } from './use-guide-session';

export interface StepSession {
  /** Where the step's checklists keep their ticks: the session, when there is one. */
  checklists: ChecklistState | null;
  /** Records an answer just given in the session. */
  recordAnswer: (answer: GivenAnswer) => void;
  /** When each answer of the session was given. */
  answeredAt: AnsweredAt;
  /** The session's answers: the next step's link keeps those that still apply. */
  knownAnswers: Answers | undefined;
}

function positionOf(view: StepView): Position {
  const returnTo = view.returnTo?.id;
  return returnTo ? { stepId: view.step.id, returnTo } : { stepId: view.step.id };
}

/**
 * What a step screen keeps in this tab's case session: its answers, checklist ticks, and the
 * step the tab is on. When the tab moves (Back, Forward, a Change link, a pasted link), the
 * session's position follows it, and nothing else: looking at an earlier step never removes an
 * answer. Only an answer given changes the answers. A change made in another tab does not move
 * this tab.
 */
export function useStepSession(view: StepView, locationKey: string): StepSession {
  const { send } = useActiveSession();
  const session = useGuideSession(view.guide);

  const follow = useEffectEvent(() => {
    if (!session || view.mode !== 'answered') return;
    const to = positionOf(view);
    if (session.stepId === to.stepId && session.returnTo === to.returnTo) return;
    send({ type: 'moved', to });
  });
  useEffect(() => follow(), [locationKey]);

  const hasSession = session !== null;
  const ticks = session?.checklists;
  const checklists = useMemo<ChecklistState | null>(
    () =>
      hasSession
        ? {
            checkedAt: (list, item) => ticks?.[list]?.[item],
            toggle: (checklistId, itemId, checked) =>
              send({ type: 'checked', checklistId, itemId, checked }),
          }
        : null,
    [hasSession, ticks, send],
  );

  const record = useCallback(
    ({ view: answered, value, target }: GivenAnswer) => {
      if (!hasSession || answered.step.kind === 'start') return;
      const to: Position = target.returnTo
        ? { stepId: target.step.id, returnTo: target.returnTo }
        : { stepId: target.step.id };
      // Saved now; shown with the next step in one commit: the navigation that follows renders
      // synchronously (`flushSync`), and takes this update with it.
      send({ type: 'answered', stepId: answered.step.id, value, to });
    },
    [hasSession, send],
  );

  const timeline = session?.timeline;
  const answeredAt = useCallback<AnsweredAt>(
    (stepId, value) => timeline?.findLast((t) => t.stepId === stepId && t.value === value)?.at,
    [timeline],
  );

  return { checklists, recordAnswer: record, answeredAt, knownAnswers: session?.answers };
}
