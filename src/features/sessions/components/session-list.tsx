import { Suspense, useCallback, useState, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { replay } from '../../../machine/replay';
import { stepHref } from '../../guide/links/guide-href';
import { useActiveSession } from '../active/active-session-context';
import { resumeStepId } from '../resume-target';
import type { SessionList as Listed } from '../session-store';
import type { SessionWriter, StorageStatus } from '../session-writer-api';
import { ClearAllSessions } from './clear-all-sessions';
import { SessionRow } from './session-row';
import { UnreadableSessions } from './unreadable-sessions';

interface Snapshot {
  listed: Listed;
  status: StorageStatus;
}

/**
 * The stored sessions as the writer has them (every tab's latest changes), read again whenever
 * it says a session may have changed, here or in another tab, whether a list was shown then or
 * not. Before the app runs (a prerendered page) there is no list: it appears once the browser's
 * storage is read.
 */
const snapshots = new WeakMap<SessionWriter, { snapshot: Snapshot | null }>();

function cacheOf(writer: SessionWriter): { snapshot: Snapshot | null } {
  let cache = snapshots.get(writer);
  if (!cache) {
    const created: { snapshot: Snapshot | null } = { snapshot: null };
    // For the writer's life: a change made while no list is shown makes the next list read anew.
    writer.subscribe(() => (created.snapshot = null));
    snapshots.set(writer, created);
    cache = created;
  }
  return cache;
}

function useListedSessions(writer: SessionWriter): Snapshot | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      cacheOf(writer);
      return writer.subscribe(onChange);
    },
    [writer],
  );
  const getSnapshot = useCallback(() => {
    const cache = cacheOf(writer);
    cache.snapshot ??= { listed: writer.list(), status: writer.storageStatus() };
    return cache.snapshot;
  }, [writer]);
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}

/** Why this browser keeps no session, when it does not. */
function storageMessage(snapshot: Snapshot): string | null {
  if (snapshot.listed.unavailable || snapshot.status === 'blocked') {
    return 'Case sessions cannot be saved in this browser (private browsing, or storage is blocked). The guide still works; copy each case note before closing its tab.';
  }
  if (snapshot.status === 'full') {
    return 'This browser’s storage is full, so case sessions cannot be saved in this browser until there is room: delete old sessions to make some.';
  }
  return null;
}

/**
 * Recent case sessions (of one guide, or of all): resume, rename, delete, clear all. Nothing is
 * deleted unasked. Every change goes through the page's one writer.
 */
export function SessionList({ guideId }: { guideId?: string }) {
  const { writer, resume, session: active, leave } = useActiveSession();
  const navigate = useNavigate();
  const snapshot = useListedSessions(writer);
  const [message, setMessage] = useState<string | null>(null);
  if (!snapshot) return null;
  const { listed } = snapshot;

  const sessions = listed.sessions.filter((s) => !guideId || s.guideId === guideId);
  const guides = new Set(sessions.map((s) => s.guideId));
  const cannotSave = storageMessage(snapshot);

  return (
    <section aria-labelledby="recent-sessions" className="mt-10">
      <h2 id="recent-sessions" className="mb-3 text-2xl font-bold">
        Recent case sessions
      </h2>
      {message ? (
        <p role="alert" className="mb-3">
          {message}
        </p>
      ) : null}
      {cannotSave ? <p className="mb-3">{cannotSave}</p> : null}
      {guideId ? null : (
        <UnreadableSessions
          records={listed.unreadable}
          onDelete={(key) => writer.removeUnreadable(key)}
        />
      )}
      {sessions.length === 0 ? (
        cannotSave ? null : (
          <p>No case sessions yet. Start the guide to begin one.</p>
        )
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {sessions.map((s) => (
            <li key={s.id} className="py-4">
              <Suspense fallback={<p aria-busy="true">{s.caseNumber ?? s.label ?? 'Session'}</p>}>
                <SessionRow
                  session={s}
                  showGuide={!guideId && guides.size > 1}
                  onResume={(guide) => {
                    resume(s);
                    // Where the engineer last was, with every answer of the session.
                    const stepId = resumeStepId(s, (answers) => replay(guide, answers).trail);
                    const step = guide.stepById(stepId) ?? guide.startStep;
                    const returnTo = stepId === s.stepId ? s.returnTo : undefined;
                    void navigate(stepHref(guide, step, s.answers, { returnTo }));
                  }}
                  onRename={(details, seen) => {
                    const sent = writer.send(s.id, { type: 'renamed', ...details }, { seen });
                    setMessage(
                      sent.ok && !sent.problem
                        ? null
                        : 'The new name could not be saved. Try again.',
                    );
                  }}
                  onDelete={() => {
                    const removed = writer.remove(s.id);
                    setMessage(
                      removed.ok ? null : 'The session could not be deleted: the browser refused.',
                    );
                    if (active?.id === s.id) leave();
                  }}
                />
              </Suspense>
            </li>
          ))}
        </ul>
      )}
      {sessions.length > 0 && !guideId ? (
        <ClearAllSessions
          count={sessions.length}
          onClear={() => {
            writer.clearAll();
            leave();
          }}
        />
      ) : null}
    </section>
  );
}
