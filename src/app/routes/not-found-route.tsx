import { Link } from 'react-router';
import { useDocumentTitle } from '../use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">Page not found</h1>
      <p>
        There is nothing at this address.{' '}
        <Link to="/" className="font-medium text-brand-700 underline dark:text-sky-300">
          Go to the list of guides
        </Link>
        .
      </p>
    </div>
  );
}
