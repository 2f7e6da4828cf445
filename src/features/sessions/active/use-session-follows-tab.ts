import { useEffect, useEffectEvent } from 'react';
import type { StepView } from '../../guide/links/resolve-step';
import { isAt, moveTo } from '../session-record';
import { useActiveSession } from './active-session-context';

/**
 * When the tab moves (Back, Forward, a Change link, a pasted link), the case session follows it.
 * Only the tab's moves count: a change made in another tab does not move this tab.
 */
export function useSessionFollowsTab(view: StepView, locationKey: string) {
  const { session, update } = useActiveSession();
  const follow = useEffectEvent(() => {
    if (!session || view.mode !== 'answered') return;
    const returnTo = view.returnTo?.id;
    if (isAt(session, view.step.id, view.answers, returnTo)) return;
    update((s, at) => moveTo(s, view.step.id, view.answers, returnTo, at));
  });
  useEffect(() => follow(), [locationKey]);
}
