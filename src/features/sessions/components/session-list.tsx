import { Suspense, useCallback, useState, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { stepHref } from '../../guide/links/guide-href';
import { useActiveSession } from '../active/active-session-context';
import { rename } from '../session-record';
import type { SessionList as Listed, SessionStore } from '../session-store';
import { ClearAllSessions } from './clear-all-sessions';
import { SessionRow } from './session-row';
import { UnreadableSessions } from './unreadable-sessions';

/**
 * The stored sessions, read when storage changes (here or in another tab). Before the app runs
 * (a prerendered page) there is no list: it appears once the browser's storage is read.
 */
const snapshots = new WeakMap<SessionStore, { version: number; list: Listed }>();
let version = 0;
const listeners = new Set<() => void>();
const notify = () => {
  version++;
  listeners.forEach((l) => l());
};

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', notify);
  };
}

function useStoredSessions(store: SessionStore): { listed: Listed | null; refresh: () => void } {
  const getSnapshot = useCallback(() => {
    const known = snapshots.get(store);
    if (known && known.version === version) return known.list;
    const list = store.list();
    snapshots.set(store, { version, list });
    return list;
  }, [store]);
  const listed = useSyncExternalStore(subscribe, getSnapshot, () => null);
  return { listed, refresh: notify };
}

/**
 * Recent case sessions (of one guide, or of all): resume, rename, delete, clear all. Nothing is
 * deleted unasked.
 */
export function SessionList({ guideId }: { guideId?: string }) {
  const { store, resume, session: active, leave } = useActiveSession();
  const navigate = useNavigate();
  const { listed, refresh } = useStoredSessions(store);
  const [message, setMessage] = useState<string | null>(null);
  if (!listed) return null;

  const sessions = listed.sessions.filter((s) => !guideId || s.guideId === guideId);
  const guides = new Set(sessions.map((s) => s.guideId));

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
      {listed.unavailable ? (
        <p className="mb-3">
          This browser does not let the guide keep sessions ({listed.unavailable}). The guide still
          works; copy each case note before closing its tab.
        </p>
      ) : null}
      {guideId ? null : (
        <UnreadableSessions
          records={listed.unreadable}
          onDelete={(key) => {
            store.removeUnreadable(key);
            refresh();
          }}
        />
      )}
      {sessions.length === 0 ? (
        <p>No case sessions yet. Start the guide to begin one.</p>
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
                    const step = guide.stepById(s.stepId) ?? guide.startStep;
                    void navigate(stepHref(guide, step, s.answers, { returnTo: s.returnTo }));
                  }}
                  onRename={(details) => {
                    // Rename the latest copy: another tab may have changed the session since.
                    const latest = store.get(s.id);
                    const base = latest.ok ? latest.session : s;
                    const saved = store.save(
                      rename(base, details, new Date().toISOString()),
                      base.revision,
                    );
                    setMessage(saved.ok ? null : 'The new name could not be saved. Try again.');
                    refresh();
                  }}
                  onDelete={() => {
                    const removed = store.remove(s.id);
                    setMessage(
                      removed.ok ? null : 'The session could not be deleted: the browser refused.',
                    );
                    if (active?.id === s.id) leave();
                    refresh();
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
            for (const s of sessions) store.remove(s.id);
            leave();
            refresh();
          }}
        />
      ) : null}
    </section>
  );
}
