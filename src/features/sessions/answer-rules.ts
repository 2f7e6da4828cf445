import type { GuideRegistry } from '../../guides/guide-registry';
import type { GuideModel } from '../../machine/guide-model';
import { settleAnswers } from '../../machine/replay';
import type { AnswerRules } from './apply-intent';
import type { AnswerRulesSource } from './session-writer-api';

/**
 * A guide's rule for answers, as the one writer applies it: after an answer is given or changed,
 * the answers that no longer apply are dropped, exactly as the link does.
 */
export function guideAnswerRules(guide: GuideModel): AnswerRules {
  return { settle: (answers) => settleAnswers(guide, answers).kept };
}

/** The answer rules of every guide in a registry, each once its guide has loaded. */
export function registryAnswerRules(registry: GuideRegistry): AnswerRulesSource {
  const rules = new WeakMap<GuideModel, AnswerRules>();
  return {
    rulesFor(guideId) {
      const guide = registry.loadedGuide(guideId);
      if (!guide) return undefined;
      let known = rules.get(guide);
      if (!known) {
        known = guideAnswerRules(guide);
        rules.set(guide, known);
      }
      return known;
    },
    load: (guideId) => registry.loadGuide(guideId),
  };
}
