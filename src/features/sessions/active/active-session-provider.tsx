import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { guideRegistry } from '../../../guides/guide-registry';
import { mergeConcurrent, newSession, type CaseSession } from '../session-record';
import { createSessionStore, sessionKey, type StorageFailure } from '../session-store';
import { localStore, tabSession } from './browser-storage';
import { ActiveSessionContext, type ActiveSessionApi } from './active-session-context';
import { storageProblemMessage } from './storage-problem';

const store = createSessionStore(localStore, {
  schema: {
    unlabelledGuideId: guideRegistry.guides.find((g) => g.manifest.ownsUnlabelledSessions)?.manifest
      .id,
  },
});

function initialSession(): CaseSession | null {
  const id = tabSession.get();
  if (!id) return null;
  const found = store.get(id);
  return found.ok ? found.session : null;
}

/** Keeps this tab's case session, saves every change whole, and follows other tabs' changes. */
export function ActiveSessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<CaseSession | null>(initialSession);
  const [problem, setProblem] = useState<string | null>(null);
  const [movedElsewhere, setMovedElsewhere] = useState(false);
  const current = useRef(session);
  // Set while this tab's session could never be stored (`start` was refused): it lives here only.
  const unstored = useRef<StorageFailure | null>(null);

  const show = useCallback((next: CaseSession | null) => {
    current.current = next;
    setSession(next);
  }, []);

  const update = useCallback<ActiveSessionApi['update']>(
    (edit) => {
      const before = current.current;
      if (!before) return;
      const edited = edit(before, new Date().toISOString());
      if (unstored.current) {
        // Never stored so far: try again, since the storage may have room now.
        const adopted = store.adopt(edited);
        if (adopted.ok) {
          unstored.current = null;
          tabSession.set(adopted.session.id);
          show(adopted.session);
          setProblem(null);
          return;
        }
        show(edited);
        if (adopted.reason !== 'exists') unstored.current = adopted;
        setProblem(storageProblemMessage(unstored.current));
        return;
      }
      let saved = store.save(edited, before.revision);
      if (!saved.ok && saved.reason === 'conflict') {
        saved = store.save(mergeConcurrent(edited, saved.current), saved.current.revision);
      }
      if (saved.ok) {
        show(saved.session);
        setProblem(null);
        return;
      }
      // Not saved: keep the change in this tab, and say so.
      show(edited);
      if (saved.reason === 'quota' || saved.reason === 'unavailable') {
        setProblem(storageProblemMessage(saved));
      } else if (saved.reason === 'missing') {
        setProblem(
          'This case session was deleted in another tab. Your work is still here in this tab: copy the case note, or start a new session to save it again.',
        );
      } else {
        setProblem(
          'The saved copy of this session could not be read, so it was not overwritten. Your work is kept in this tab.',
        );
      }
    },
    [show],
  );

  const start = useCallback<ActiveSessionApi['start']>(
    ({ guideId, guideVersion, caseNumber, label, stepId, answers = {} }) => {
      const init = {
        guideId,
        guideVersion,
        stepId,
        answers,
        ...(caseNumber ? { caseNumber } : {}),
        ...(label ? { label } : {}),
      };
      const created = store.create(init);
      if (created.ok) {
        tabSession.set(created.session.id);
        unstored.current = null;
        show(created.session);
        setProblem(null);
        return created.session;
      }
      // Storage refused: the session lives in this tab only.
      const inMemory = newSession(init, {
        id: crypto.randomUUID(),
        at: new Date().toISOString(),
        revision: 0,
      });
      unstored.current = created;
      show(inMemory);
      setProblem(storageProblemMessage(created));
      return inMemory;
    },
    [show],
  );

  const resume = useCallback<ActiveSessionApi['resume']>(
    (chosen) => {
      tabSession.set(chosen.id);
      unstored.current = null;
      show(chosen);
      setMovedElsewhere(false);
    },
    [show],
  );

  const leave = useCallback(() => {
    tabSession.set(null);
    unstored.current = null;
    show(null);
    setProblem(null);
  }, [show]);

  // Another tab changed this session: show its change here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      const mine = current.current;
      if (!mine || event.key !== sessionKey(mine.id)) return;
      if (event.newValue === null) {
        setProblem('This case session was deleted in another tab. Your work is still shown here.');
        return;
      }
      const found = store.get(mine.id);
      if (!found.ok || found.session.revision <= mine.revision) return;
      if (found.session.stepId !== mine.stepId) setMovedElsewhere(true);
      show(found.session);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [show]);

  const api = useMemo<ActiveSessionApi>(
    () => ({
      store,
      session,
      problem,
      movedElsewhere,
      start,
      resume,
      leave,
      update,
      acknowledgeMove: () => setMovedElsewhere(false),
    }),
    [session, problem, movedElsewhere, start, resume, leave, update],
  );
  return <ActiveSessionContext.Provider value={api}>{children}</ActiveSessionContext.Provider>;
}
