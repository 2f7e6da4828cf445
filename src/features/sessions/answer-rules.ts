import type { GuideModel } from '../../machine/guide-model';
import { settleAnswers } from '../../machine/replay';
import type { AnswerRules } from './apply-intent';

/**
 * A guide's rule for answers, as the one writer applies it: after an answer is given or changed,
 * the answers that no longer apply are dropped, exactly as the link does.
 */
export function guideAnswerRules(guide: GuideModel): AnswerRules {
  return { settle: (answers) => settleAnswers(guide, answers).kept };
}
