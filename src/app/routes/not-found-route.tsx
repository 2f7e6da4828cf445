import { Link } from 'react-router';
import { useDocumentTitle } from '../use-document-title';
import { guideRegistry } from '../../guides/guide-registry';
import { LibraryFailure } from './library-failure';
import { linkClass } from '../../components/link-classes';

export function NotFoundRoute() {
  // Without the list of guides, that is what to say, not that there is nothing here.
  const listFailed = guideRegistry.failure() !== undefined;
  useDocumentTitle(listFailed ? 'The guides could not be loaded' : 'Page not found');
  if (listFailed) return <LibraryFailure />;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">Page not found</h1>
      <p>
        There is nothing at this address.{' '}
        <Link to="/" className={linkClass}>
          Go to the list of guides
        </Link>
        .
      </p>
    </div>
  );
}
