import { Link } from 'react-router';
import { AddedGuidance } from '../../../components/added-guidance';
import { linkLook } from '../../../components/link-classes';

/**
 * On the step the analyzer answers: a way to open it with the step's link (answers kept), and
 * what it does, in a line. Added by this tool, so marked as such.
 */
export function AnalyzeLogsLink({ href, prefilled }: { href: string; prefilled: boolean }) {
  return (
    <div className="no-print mt-8">
      <AddedGuidance>
        {prefilled ? (
          <p role="status" className="mb-2 font-medium">
            The answer below was pre-filled from the logs you analysed: review it, then confirm it
            with Continue.
          </p>
        ) : null}
        <p>
          <Link to={href} className={`font-semibold ${linkLook}`}>
            Analyze the customer’s logs
          </Link>{' '}
          to find these texts in them. The logs are read in this browser only, and your answers are
          kept.
        </p>
      </AddedGuidance>
    </div>
  );
}
