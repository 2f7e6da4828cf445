import { createContext, useContext } from 'react';
import type { CaseSession } from '../session-record';
import type { SessionStore } from '../session-store';

export interface ActiveSessionApi {
  store: SessionStore;
  /** The case session this tab works on, if any. */
  session: CaseSession | null;
  /** Set when the browser will not keep the work (unavailable or full storage, deleted record). */
  problem: string | null;
  /** Set when another tab moved this session to another step. */
  movedElsewhere: boolean;
  start(init: {
    guideId: string;
    guideVersion: number;
    caseNumber?: string;
    label?: string;
    stepId: string;
    answers?: Record<string, string>;
  }): CaseSession;
  resume(session: CaseSession): void;
  leave(): void;
  /** Applies an edit and saves it; a concurrent change from another tab is merged, never lost. */
  update(edit: (session: CaseSession, at: string) => CaseSession): void;
  acknowledgeMove(): void;
}

export const ActiveSessionContext = createContext<ActiveSessionApi | null>(null);

export function useActiveSession(): ActiveSessionApi {
  const api = useContext(ActiveSessionContext);
  if (!api) throw new Error('useActiveSession outside ActiveSessionProvider');
  return api;
}
