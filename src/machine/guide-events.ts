import type { AnyEventObject } from 'xstate';
import type { GuideModel } from './guide-model';
import type { GuideSnapshot } from './guide-snapshot';
import { eventForAnswer, stepOf, valueSeparator } from './replay';
import type { StepMeta } from './step-meta';

/**
 * Every answer a step offers, as the value the URL stores. For a multiple choice: the "none"
 * option and each single option, and for a checklist every item ticked too (its usual way on).
 * Other combinations are left to the checks (`checkAnswerEvents` tries them all) and the unit
 * tests, to keep the generated paths few and meaningful.
 */
export function answerValuesFor(step: StepMeta): string[] {
  const answer = step.answer;
  if (!answer || step.kind === 'start') return [];
  if (answer.type === 'multiple') {
    const each = answer.options.map((o) => o.value);
    const all = answer.checklist && each.length > 1 ? [each.join(valueSeparator)] : [];
    return [...each, ...all, answer.none.value];
  }
  return answer.options.map((o) => o.value);
}

/** The events a user can send from a snapshot: what `xstate/graph` traverses. */
export function guideEventsFor(guide: GuideModel): (snapshot: GuideSnapshot) => AnyEventObject[] {
  return (snapshot) => {
    const step = stepOf(guide, snapshot);
    if (step.kind === 'start') {
      const event = step.answer?.options[0].event;
      return event ? [{ type: event }] : [];
    }
    return answerValuesFor(step).map((value) => eventForAnswer(step, value)!);
  };
}
