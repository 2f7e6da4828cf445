import type { GuideModel } from '../../../machine/guide-model';
import type { CaseSession } from '../session-record';
import { useActiveSession } from './active-session-context';

/**
 * This tab's case session, when it works through this guide. A tab's session for another guide
 * is not applied to this guide's steps (its answers would mean nothing here).
 */
export function useGuideSession(guide: GuideModel): CaseSession | null {
  const { session } = useActiveSession();
  return session && session.guideId === guide.manifest.id ? session : null;
}
