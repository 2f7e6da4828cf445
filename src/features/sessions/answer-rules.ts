import { settleAnswers } from '../../machine/replay';
import type { AnswerRules } from './apply-intent';

/**
 * The guide's rule for answers, as the one writer applies it: after an answer is given or changed,
 * the answers that no longer apply are dropped, exactly as the link does.
 */
export const guideAnswerRules: AnswerRules = {
  settle: (answers) => settleAnswers(answers).kept,
};
