import { loadStepContent } from '../../features/guide/content/step-content';
import { resolveStep } from '../../features/guide/links/resolve-step';
import { glossaryOf, practiceCasesOf } from '../../features/training/training-data';
import { createLoadCache } from '../../lib/load-cache';
import type { GuideModel } from '../../machine/guide-model';
import { loadStepAids } from '../routes/step-aids';
import type { TrainingRouteKind } from '../routes/training-pages-loader';
import { practiceModel } from './practice-model';

/**
 * What each training page loads before it shows: the page reads it with `use`, and the app
 * loads it before a prerendered page hydrates, so that it hydrates as it was built.
 */

const allContent = createLoadCache<unknown>();

/**
 * Every step's content page, loaded once for the whole checklist: the same promise every time, a
 * failed one too, unless `attempt` names a new attempt (see `createLoadCache`).
 */
export function loadAllStepContent(guide: GuideModel, attempt?: string): Promise<unknown> {
  return allContent.load(
    guide.manifest.id,
    () => Promise.all(guide.steps.map((s) => loadStepContent(guide.manifest.id, s.id, attempt))),
    'the checklist’s pages',
    attempt,
  );
}

export async function preloadTrainingPage(
  guide: GuideModel,
  kind: TrainingRouteKind,
  {
    caseId = '',
    stepPath = '',
    search = '',
    attempt,
  }: { caseId?: string; stepPath?: string; search?: string; attempt?: string } = {},
): Promise<void> {
  const id = guide.manifest.id;
  switch (kind) {
    case 'map':
      return;
    case 'glossary':
      await glossaryOf.load(id, attempt);
      return;
    case 'checklist':
      await loadAllStepContent(guide, attempt);
      return;
    case 'practice':
      await practiceCasesOf.load(id, attempt);
      return;
    case 'practice-case': {
      const cases = await practiceCasesOf.load(id, attempt);
      if (!cases.some((c) => c.id === caseId)) return;
      const view = resolveStep(practiceModel(guide, caseId), stepPath, search);
      await Promise.all([
        view.status === 'step' ? loadStepContent(id, view.step.id, attempt) : undefined,
        loadStepAids(id, attempt),
      ]);
      return;
    }
  }
}
