import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { fieldStamp } from '../apply-intent';
import { maxNoteLength, type CaseSession } from '../session-record';
import { noStamp, stampTab } from '../session-stamp';
import type { SessionWriter, WriterProblem } from '../session-writer-api';
import { readTabPointer, setTabPointer } from '../tab-pointer';
import { ActiveSessionContext, type ActiveSessionApi } from './active-session-context';
import { browserTabPointerEnv } from './browser-writer-env';
import { usePageWriter } from './page-writer';
import { equalButBookkeeping } from './equal-but-bookkeeping';
import { storageProblemMessage } from './storage-problem';

const pointer = browserTabPointerEnv();

const deletedMessage =
  'This case session was deleted in another tab. Your work is still here in this tab: copy the case note, or start a new session to save it again.';
const unreadableMessage =
  'The saved copy of this session could not be read, so it was left as it is. Your work is kept in this tab.';

function problemMessage(problem: WriterProblem): string {
  if (problem.reason === 'missing') return deletedMessage;
  if (problem.reason === 'quota' || problem.reason === 'unavailable') {
    return storageProblemMessage(problem);
  }
  return unreadableMessage;
}

/** Whether the stored record can no longer take this tab's changes: deleted, or unreadable. */
function detaches(problem: WriterProblem): boolean {
  return problem.reason !== 'quota' && problem.reason !== 'unavailable';
}

/** The session this tab started or resumed before a reload (never one a copied pointer names). */
function openedSession(writer: SessionWriter): CaseSession | null {
  const id = readTabPointer(pointer);
  if (!id) return null;
  const found = writer.get(id);
  if (found.ok) return found.session;
  // Deleted meanwhile (or never stored): the tab has no session any more.
  if (found.reason === 'missing') setTabPointer(pointer, null);
  return null;
}

const positionOf = (session: CaseSession | null) =>
  session ? fieldStamp(session, 'position') : noStamp;

/**
 * This tab's case session, as the page's one writer has it. Every change goes to the writer as an
 * intent; the session shown is read back from it, and read again whenever the writer says it may
 * have changed (here, or in another tab).
 */
export function ActiveSessionProvider({ children }: { children: ReactNode }) {
  const writer = usePageWriter();
  const [session, setSession] = useState<CaseSession | null>(() => openedSession(writer));
  const [problem, setProblem] = useState<string | null>(null);
  // Where this tab knows the session to be: a later move by another tab is news.
  const [knownPosition, setKnownPosition] = useState(() => positionOf(session));
  const current = useRef(session);
  // Set while the session shown can no longer be stored: its changes stay in this tab.
  const detached = useRef(false);

  // Set while this tab sends an intent: the writer's notice of it is answered by the send itself.
  const sending = useRef(false);

  const show = useCallback((next: CaseSession | null) => {
    // The same session read back (after the writer folded its journals, say): nothing to render.
    if (equalButBookkeeping(current.current, next)) return;
    current.current = next;
    setSession(next);
  }, []);

  const reread = useCallback(() => {
    const mine = current.current;
    if (!mine || detached.current) return;
    const found = writer.get(mine.id);
    if (found.ok) {
      show(found.session);
      const failure = writer.problem(mine.id);
      setProblem(failure ? storageProblemMessage(failure) : null);
      return;
    }
    if (detaches(found)) detached.current = true;
    setProblem(problemMessage(found));
  }, [writer, show]);

  useEffect(
    () =>
      writer.subscribe((id) => {
        if (id === current.current?.id && !sending.current) reread();
      }),
    [writer, reread],
  );

  const send = useCallback<ActiveSessionApi['send']>(
    (intent, options) => {
      const mine = current.current;
      if (!mine) return null;
      if (detached.current) {
        show(writer.applyLocally(mine, intent));
        return null;
      }
      sending.current = true;
      let sent: ReturnType<SessionWriter['send']>;
      try {
        sent = writer.send(mine.id, intent, options);
      } finally {
        sending.current = false;
      }
      if (sent.ok) {
        show(sent.session);
        setProblem(sent.problem ? storageProblemMessage(sent.problem) : null);
      } else if (sent.reason !== 'too-long') {
        if (detaches(sent)) {
          detached.current = true;
          show(writer.applyLocally(mine, intent));
        }
        setProblem(problemMessage(sent));
      }
      return sent;
    },
    [writer, show],
  );

  const editNote = useCallback<ActiveSessionApi['editNote']>(
    (stepId, text, base) => {
      const mine = current.current;
      if (!mine) return { ok: true };
      if (!detached.current) return writer.editNote(mine.id, stepId, text, base);
      // Detached, the note is only shown: the writer, which checks its length, is not asked.
      if (text.length > maxNoteLength) {
        return { ok: false, reason: 'too-long', limit: maxNoteLength };
      }
      show(writer.applyLocally(mine, { type: 'noted', stepId, text }));
      return { ok: true };
    },
    [writer, show],
  );

  const commitNote = useCallback<ActiveSessionApi['commitNote']>(
    (stepId, text, base) => {
      const result = editNote(stepId, text, base);
      if (result.ok) writer.flush();
      return result;
    },
    [writer, editNote],
  );

  const start = useCallback<ActiveSessionApi['start']>(
    ({ guideId, guideVersion, caseNumber, label, stepId, answers = {} }) => {
      const started = writer.start({
        guideId,
        guideVersion,
        stepId,
        answers,
        ...(caseNumber ? { caseNumber } : {}),
        ...(label ? { label } : {}),
      });
      setTabPointer(pointer, started.session.id);
      detached.current = false;
      show(started.session);
      setKnownPosition(positionOf(started.session));
      // Storage refused: the session lives in this tab, and is stored once storage takes it.
      setProblem(started.problem ? storageProblemMessage(started.problem) : null);
      return started.session;
    },
    [writer, show],
  );

  const resume = useCallback<ActiveSessionApi['resume']>(
    (chosen) => {
      setTabPointer(pointer, chosen.id);
      detached.current = false;
      const found = writer.get(chosen.id);
      const latest = found.ok ? found.session : chosen;
      show(latest);
      setKnownPosition(positionOf(latest));
      setProblem(null);
    },
    [writer, show],
  );

  const leave = useCallback(() => {
    setTabPointer(pointer, null);
    detached.current = false;
    show(null);
    setProblem(null);
  }, [show]);

  const acknowledgeMove = useCallback(() => setKnownPosition(positionOf(current.current)), []);

  const position = positionOf(session);
  const movedElsewhere =
    session !== null && position !== knownPosition && stampTab(position) !== writer.tabId;

  const api = useMemo<ActiveSessionApi>(
    () => ({
      writer,
      tabId: writer.tabId,
      session,
      problem,
      movedElsewhere,
      start,
      resume,
      leave,
      send,
      editNote,
      commitNote,
      acknowledgeMove,
    }),
    [
      writer,
      session,
      problem,
      movedElsewhere,
      start,
      resume,
      leave,
      send,
      editNote,
      commitNote,
      acknowledgeMove,
    ],
  );
  return <ActiveSessionContext.Provider value={api}>{children}</ActiveSessionContext.Provider>;
}
