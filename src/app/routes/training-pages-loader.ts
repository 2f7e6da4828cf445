import { markSettled } from '../../guides/guide-registry';

/**
 * A guide's training pages, under its base path: the decision map, the glossary, the printable
 * checklist, the practice cases and a practice case's wizard. Their code (and the map's layout
 * library) is a chunk of its own, loaded only when one of them is opened.
 */

export type TrainingRouteKind = 'map' | 'glossary' | 'checklist' | 'practice' | 'practice-case';

let pages: Promise<typeof import('../training/training-chunk')> | undefined;

export function loadTrainingPages() {
  if (!pages) {
    pages = markSettled(import('../training/training-chunk'));
    // A failed load (offline, a redeploy removed the chunk) may be retried later.
    pages.catch(() => (pages = undefined));
  }
  return pages;
}

/** The training pages' chunk, as the build's manifest keys it (for the prerendered pages). */
export const trainingPagesModule = 'src/app/training/training-chunk.ts';

/** Which training page a path below a guide's base path opens, if any. */
export function trainingRouteOf(
  rest: string,
): { kind: TrainingRouteKind; caseId?: string; stepPath?: string } | undefined {
  const [first, caseId, ...stepPath] = rest.split('/');
  if (first === 'map' || first === 'glossary' || first === 'checklist') {
    return caseId === undefined ? { kind: first } : undefined;
  }
  if (first !== 'practice') return undefined;
  if (caseId === undefined) return { kind: 'practice' };
  return { kind: 'practice-case', caseId, stepPath: stepPath.join('/') };
}
