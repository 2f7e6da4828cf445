import { valueSeparator } from './replay';
import type { StepMeta } from './step-meta';

/** The on-screen label(s) of an answer value, as the summary and notices show them. */
function answerLabels(step: StepMeta, value: string): string[] {
  const answer = step.answer;
  if (!answer) return [value];
  if (answer.type === 'multiple') {
    if (value === answer.none.value) return [answer.none.label];
    return value
      .split(valueSeparator)
      .map((v) => answer.options.find((o) => o.value === v)?.label ?? v);
  }
  return [answer.options.find((o) => o.value === value)?.label ?? value];
}

export function answerLabel(step: StepMeta, value: string): string {
  return answerLabels(step, value).join('; ');
}
