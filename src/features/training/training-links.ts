import type { GuideModel } from '../../machine/guide-model';
import type { Answers } from '../../machine/guide-snapshot';
import { formatGuideQuery } from '../guide/links/guide-query';
import { glossarySlug } from './glossary-lookup';

/**
 * The training pages under each guide's base path (reserved for them: a step's path never starts
 * with one, `src/guides/validation/reserved-paths.ts`), and the one place their links are built.
 */

export type TrainingPage = 'map' | 'glossary' | 'practice' | 'checklist';

export const trainingPages: readonly TrainingPage[] = ['map', 'glossary', 'practice', 'checklist'];

export const trainingPageTitles: Readonly<Record<TrainingPage, string>> = {
  map: 'Decision map',
  glossary: 'Glossary',
  practice: 'Practice cases',
  checklist: 'Printable checklist',
};

export function trainingHref(guide: GuideModel, page: TrainingPage): string {
  return `${guide.manifest.basePath}/${page}`;
}

/** The map with the path some answers take highlighted (the answers go in the query string). */
export function mapHref(guide: GuideModel, answers: Answers): string {
  const base = trainingHref(guide, 'map');
  return Object.keys(answers).length === 0 ? base : `${base}?${formatGuideQuery(guide, answers)}`;
}

export function glossaryTermHref(guide: GuideModel, term: string): string {
  return `${trainingHref(guide, 'glossary')}#${glossarySlug(term)}`;
}

/** Where a practice case's wizard lives: its steps' paths go below it. */
export function practiceCaseBasePath(guide: GuideModel, caseId: string): string {
  return `${trainingHref(guide, 'practice')}/${caseId}`;
}
