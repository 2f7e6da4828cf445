import { createLoadCache } from '../../lib/load-cache';

/**
 * A guide's training pages, under its base path: the decision map, the glossary, the printable
 * checklist, the practice cases and a practice case's wizard. Their code (and the map's layout
 * library) is a chunk of its own, loaded only when one of them is opened.
 */

export type TrainingRouteKind = 'map' | 'glossary' | 'checklist' | 'practice' | 'practice-case';

type TrainingPages = typeof import('../training/training-chunk');
const pages = createLoadCache<TrainingPages>();

/**
 * The training pages' chunk: the same promise every time, a failed one too (offline, a redeploy
 * removed the chunk), unless `attempt` names a new attempt (see `createLoadCache`).
 */
export function loadTrainingPages(attempt?: string): Promise<TrainingPages> {
  return pages.load(
    'pages',
    () => import('../training/training-chunk'),
    'the training pages',
    attempt,
  );
}

/** The training pages' chunk, if it has loaded. */
export function loadedTrainingPages(): TrainingPages | undefined {
  return pages.loaded('pages');
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
