import type { AnyEventObject } from 'xstate';
import type { GuideModel } from './guide-model';
import type { GuideSnapshot } from './guide-snapshot';
import { eventForAnswer, stepOf } from './replay';
import type { StepMeta } from './step-meta';

/**
 * Every answer a step offers, as the value the URL stores. For a multiple choice: the "none"
 * option and each single option (combinations of options are covered by the unit tests, not by
 * path generation, to keep the generated paths few and meaningful).
 */
export function answerValuesFor(step: StepMeta): string[] {
  const answer = step.answer;
  if (!answer || step.kind === 'start') return [];
  if (answer.type === 'multiple') {
    return [...answer.options.map((o) => o.value), answer.none.value];
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
