import type { Glossary } from '../../../machine/guide-training';
import { glossarySlug, sortedGlossary } from '../glossary-lookup';
import { SourceTag } from './source-tag';
import { linkClass } from '../../../components/link-classes';

/**
 * A guide's glossary as a page section: every term in alphabetical order with its definition,
 * where the TSG uses it, and whether the definition is the TSG's or added. Each term has an
 * anchor (`#<slug>`) other pages can link to.
 */
export function GlossaryList({ glossary }: { glossary: Glossary }) {
  const entries = sortedGlossary(glossary);
  return (
    <>
      <nav aria-label="Terms" className="no-print my-4">
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {entries.map((e) => (
            <li key={e.term}>
              <a href={`#${glossarySlug(e.term)}`} className={linkClass}>
                {e.term}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="divide-y divide-slate-200 dark:divide-slate-800">
        {entries.map((e) => (
          <div key={e.term} className="py-4">
            <dt
              id={glossarySlug(e.term)}
              tabIndex={-1}
              className="scroll-mt-4 text-lg font-bold break-words"
            >
              {e.term}
              {e.aliases?.length ? (
                <span className="block text-sm font-normal text-slate-700 dark:text-slate-300">
                  Also: {e.aliases.join(', ')}
                </span>
              ) : null}
            </dt>
            <dd
              className={`mt-2 max-w-[42rem] ${
                e.source === 'added'
                  ? 'border-l-4 border-violet-700 pl-3 dark:border-violet-400'
                  : ''
              }`}
            >
              <p className="break-words">{e.definition}</p>
              <SourceTag source={e.source} />
              {e.inTsg ? (
                <p className="mt-2 text-sm text-slate-800 dark:text-slate-200">
                  In the TSG: <q className="font-mono text-[0.9em] break-all">{e.inTsg}</q>
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
