import { practiceCaseBasePath } from '../../features/training/training-links';
import { createGuideModel, type GuideModel } from '../../machine/guide-model';

const models = new WeakMap<GuideModel, Map<string, GuideModel>>();

/**
 * The guide as a practice case walks it: the same machine, steps and notices, served below the
 * case's own path (`/<guide>/practice/<case id>`). Every link the step screen builds (answers,
 * Back, Change, Start over) stays in practice mode, and a reload reproduces the step. One model
 * per case, so that the engine's caches hold.
 */
export function practiceModel(guide: GuideModel, caseId: string): GuideModel {
  let byCase = models.get(guide);
  if (!byCase) {
    byCase = new Map();
    models.set(guide, byCase);
  }
  let model = byCase.get(caseId);
  if (!model) {
    model = createGuideModel(
      { ...guide.manifest, basePath: practiceCaseBasePath(guide, caseId) },
      { machine: guide.machine, notices: guide.notices },
    );
    byCase.set(caseId, model);
  }
  return model;
}
