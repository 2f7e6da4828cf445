import { Suspense, useState } from 'react';
import { retryableLazy } from '../../../lib/retryable-lazy';
import { useActiveSession } from '../active/active-session-context';
import { ClearAllSessions } from './clear-all-sessions';
import { LatestSessions } from './latest-sessions';
import { UnreadableSessions } from './unreadable-sessions';
import { useListedSessions, type ListedSnapshot } from './use-listed-sessions';

// The home page's own parts (every session, a page at a time; export and import) load with the
// home page, not with every step page that lists a guide's latest sessions.
const AllSessions = retryableLazy(
  () => import('./all-sessions').then((m) => m.AllSessions),
  'the list of sessions',
);
const SessionTransfer = retryableLazy(
  () => import('./session-transfer').then((m) => m.SessionTransfer),
  'moving sessions to another browser',
);

/** Why this browser keeps no session, when it does not. */
function storageMessage(snapshot: ListedSnapshot): string | null {
  if (snapshot.listed.unavailable || snapshot.status === 'blocked') {
    return 'Case sessions cannot be saved in this browser (private browsing, or storage is blocked). The guide still works; copy each case note before closing its tab.';
  }
  if (snapshot.status === 'full') {
    return 'This browser’s storage is full, so case sessions cannot be saved in this browser until there is room: delete old sessions to make some.';
  }
  return null;
}

/**
 * Recent case sessions: on the home page every session (find, a page at a time, export and
 * import, clear all); on a guide's start page its latest few. Resume, rename, delete. Nothing is
 * deleted unasked. Every change goes through the page's one writer.
 */
export function SessionList({ guideId }: { guideId?: string }) {
  const { writer, leave } = useActiveSession();
  const snapshot = useListedSessions(writer);
  const [message, setMessage] = useState<string | null>(null);
  if (!snapshot) return null;
  const { listed } = snapshot;

  const sessions = guideId ? listed.sessions.filter((s) => s.guideId === guideId) : listed.sessions;
  const cannotSave = storageMessage(snapshot);

  return (
    <>
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
        ) : guideId ? (
          <LatestSessions sessions={sessions} onMessage={setMessage} />
        ) : (
          <Suspense fallback={<p aria-busy="true">Loading the sessions…</p>}>
            <AllSessions
              sessions={sessions}
              showGuide={new Set(sessions.map((s) => s.guideId)).size > 1}
              onMessage={setMessage}
            />
          </Suspense>
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
      {guideId ? null : (
        <Suspense fallback={null}>
          <SessionTransfer sessions={sessions} />
        </Suspense>
      )}
    </>
  );
}
