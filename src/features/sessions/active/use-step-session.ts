import { startTransition, useCallback, useEffect, useEffectEvent, useMemo } from 'react';
import type { ChecklistState } from '../../../components/checklist-state';
import type { AnsweredAt } from '../../guide/components/answers-summary';
import type { GivenAnswer } from '../../guide/components/step-screen';
import type { StepView } from '../../guide/links/resolve-step';
import { isAt, moveTo, recordAnswer, toggleChecklistItem } from '../session-record';
import { useActiveSession } from './active-session-context';
import { useGuideSession } from './use-guide-session';

export interface StepSession {
  /** Where the step's checklists keep their ticks: the session, when there is one. */
  checklists: ChecklistState | null;
  /** Records an answer just given in the session. */
  recordAnswer: (answer: GivenAnswer) => void;
  /** When each answer of the session was given. */
  answeredAt: AnsweredAt;
}

/**
 * What a step screen keeps in this tab's case session: its answers, checklist ticks, and the
 * step the tab is on. When the tab moves (Back, Forward, a Change link, a pasted link), the
 * session follows it; a change made in another tab does not move this tab.
 */
export function useStepSession(view: StepView, locationKey: string): StepSession {
  const { update } = useActiveSession();
  const session = useGuideSession(view.guide);

  const follow = useEffectEvent(() => {
    if (!session || view.mode !== 'answered') return;
    const returnTo = view.returnTo?.id;
    if (isAt(session, view.step.id, view.answers, returnTo)) return;
    update((s, at) => moveTo(s, view.step.id, view.answers, returnTo, at));
  });
  useEffect(() => follow(), [locationKey]);

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

  const record = useCallback(
    ({ view: answered, value, target }: GivenAnswer) => {
      if (!session || answered.step.kind === 'start') return;
      // Saved now; shown with the next step in one render (the navigation is a transition too).
      startTransition(() =>
        update((s, at) => ({
          ...recordAnswer(s, answered.step.id, value, target.answers, target.step.id, at),
          ...(target.returnTo ? { returnTo: target.returnTo } : { returnTo: undefined }),
        })),
      );
    },
    [session, update],
  );

  const timeline = session?.timeline;
  const answeredAt = useCallback<AnsweredAt>(
    (stepId, value) => timeline?.findLast((t) => t.stepId === stepId && t.value === value)?.at,
    [timeline],
  );

  return { checklists, recordAnswer: record, answeredAt };
}
