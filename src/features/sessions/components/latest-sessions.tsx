import { Link } from 'react-router';
import type { CaseSession } from '../session-record';
import { SessionItems } from './session-items';
import { linkClass } from '../../../components/link-classes';

/** How many of its sessions a guide's start page shows. */
const latestSessionCount = 5;

/** A guide's latest sessions (its start page), and the way to all of them on the home page. */
export function LatestSessions({
  sessions,
  onMessage,
}: {
  sessions: readonly CaseSession[];
  onMessage: (message: string | null) => void;
}) {
  const latest = sessions.slice(0, latestSessionCount);
  return (
    <>
      <SessionItems sessions={latest} showGuide={false} onMessage={onMessage} />
      {sessions.length > latest.length ? (
        <p className="mt-3">
          <Link to="/#recent-sessions" className={linkClass}>
            See all {sessions.length.toLocaleString('en-US')} sessions of this guide on the home
            page
          </Link>
        </p>
      ) : null}
    </>
  );
}
