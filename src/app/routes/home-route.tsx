import { Link } from 'react-router';
import { coveredErrors } from '../../../content/extension-failures/guide';
import { startStep } from '../../machine/steps';
import { stepHref } from '../../features/guide/links/guide-href';
import { SessionList } from '../../features/sessions/components/session-list';
import { useDocumentTitle } from '../use-document-title';

export function HomeRoute() {
  useDocumentTitle('Guides');
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Guided troubleshooting</h1>
      <p className="mb-8 text-lg">
        Step-by-step troubleshooting guides for Azure Backup support engineers.
      </p>
      <section
        aria-labelledby="guide-extension-failures"
        className="rounded-lg border-2 border-slate-300 p-5 dark:border-slate-600"
      >
        <h2 id="guide-extension-failures" className="mb-2 text-xl font-bold">
          <Link
            to={stepHref(startStep, {}, { withVersion: false })}
            className="text-brand-700 underline underline-offset-2 dark:text-sky-300"
          >
            Extension COM and MDTC failures
          </Link>
        </h2>
        <p className="mb-2">For backup failures with these errors:</p>
        <ul className="list-disc pl-6">
          {coveredErrors.map((e) => (
            <li key={e}>
              <code className="font-mono text-[0.95em] break-all">{e}</code>
            </li>
          ))}
        </ul>
      </section>
      <SessionList />
    </div>
  );
}
