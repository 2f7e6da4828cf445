import { Link } from 'react-router';
import site from 'virtual:site';
import { SessionList } from '../../features/sessions/components/session-list';
import { guideRegistry } from '../../guides/guide-registry';
import { useDocumentTitle } from '../use-document-title';
import { guideWords } from '../../machine/guide-definition';

/** Every guide this build has, and the recent case sessions of all of them. */
export function HomeRoute() {
  useDocumentTitle('Guides');
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">Guided troubleshooting</h1>
      <p className="mb-8 text-lg">{site.introduction}</p>
      <section aria-labelledby="guides">
        <h2 id="guides" className="sr-only">
          Guides
        </h2>
        <ul className="space-y-4">
          {guideRegistry.guides.map(({ manifest }) => (
            <li
              key={manifest.id}
              className="rounded-lg border-2 border-slate-300 p-5 dark:border-slate-600"
            >
              <h3 className="mb-2 text-xl font-bold">
                <Link
                  to={manifest.basePath}
                  className="text-brand-700 underline underline-offset-2 dark:text-sky-300"
                >
                  {manifest.title}
                </Link>
              </h3>
              <p className="mb-2">{manifest.summary}</p>
              <p className="mb-1">{guideWords(manifest).errors}</p>
              <ul className="list-disc pl-6">
                {manifest.errors.map((e) => (
                  <li key={e}>
                    <code className="font-mono text-[0.95em] break-all">{e}</code>
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                TSG article id <code className="break-all">{manifest.articleId}</code> · guide
                version {manifest.version}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <SessionList />
    </div>
  );
}
