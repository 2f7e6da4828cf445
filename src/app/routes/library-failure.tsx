import { secondaryButton } from '../../components/button-classes';
import { reloadPage } from '../../lib/page-reload';

/**
 * Says that the list of guides did not load (offline before it was ever kept, a server error:
 * `guideRegistry.failure()`), so no guide's address is known, and offers to try again.
 */
export function LibraryFailure({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="mb-8 max-w-2xl" role="alert">
      <Heading className="mb-4 text-2xl font-bold">The guides could not be loaded</Heading>
      <p className="mb-4">
        The list of guides did not load, so no guide can be opened yet. Check the connection, then
        try again: nothing you entered is lost.
      </p>
      <button type="button" className={secondaryButton} onClick={() => reloadPage()}>
        Try again
      </button>
    </div>
  );
}
