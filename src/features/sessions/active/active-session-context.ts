import { createContext, useContext } from 'react';
import type { CaseSession } from '../session-record';
import type { SessionIntent } from '../session-intents';
import type { NoteResult, SendResult, SessionWriter } from '../session-writer-api';

export interface ActiveSessionApi {
  /** This page's one writer of case sessions (the home page's list sends through it too). */
  writer: SessionWriter;
  /** The writer's id: whose changes are this tab's (conflicts, moves). */
  tabId: string;
  /** The case session this tab works on, if any. */
  session: CaseSession | null;
  /** Set when the browser will not keep the work (unavailable or full storage, deleted record). */
  problem: string | null;
  /** Set when another tab moved this session to another step since this tab last saw it. */
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
  /**
   * Sends a change of this tab's session to the writer. `seen`: the stamp of the field when the
   * engineer began the change (a rename form's opening), so that another tab's change since is
   * told from a later one.
   */
  send(intent: SessionIntent, options?: { seen?: string }): SendResult | null;
  /** A note as typed so far, saved shortly after (see `SessionWriter.editNote`). */
  editNote(stepId: string, text: string, base: string): NoteResult;
  /** A note as the engineer left it (the field lost the focus): saved now. */
  commitNote(stepId: string, text: string, base: string): NoteResult;
  acknowledgeMove(): void;
}

export const ActiveSessionContext = createContext<ActiveSessionApi | null>(null);

export function useActiveSession(): ActiveSessionApi {
  const api = useContext(ActiveSessionContext);
  if (!api) throw new Error('useActiveSession outside ActiveSessionProvider');
  return api;
}
