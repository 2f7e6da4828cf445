import { use } from 'react';
import { GlossaryList } from '../../features/training/components/glossary-list';
import { glossaryOf } from '../../features/training/training-data';
import type { GuideModel } from '../../machine/guide-model';
import { useDocumentTitle } from '../use-document-title';
import { TrainingPageHeader } from './training-page-header';

/** The guide's glossary: every term the TSG assumes, each marked by where its definition comes from. */
export function GlossaryRoutePage({ guide }: { guide: GuideModel }) {
  const glossary = use(glossaryOf.load(guide.manifest.id));
  useDocumentTitle('Glossary', guide.manifest.title);
  const added = glossary.filter((e) => e.source === 'added').length;
  return (
    <div>
      <TrainingPageHeader guide={guide} current="glossary" />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">Glossary</h1>
      {glossary.length === 0 ? (
        <p className="max-w-[42rem]">This guide has no glossary yet.</p>
      ) : (
        <>
          <p className="max-w-[42rem]">
            The words “{guide.manifest.title}” assumes you know. {added} of {glossary.length}{' '}
            definitions are written for this tool and marked “Added · not in the TSG”; the others
            are the TSG’s own words. In the guide’s steps, these terms are underlined with dots:
            focus or point at one to read its definition.
          </p>
          <GlossaryList glossary={glossary} />
        </>
      )}
    </div>
  );
}
