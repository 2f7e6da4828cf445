import type { GuideModel } from '../../machine/guide-model';
import type { GuideSignatures } from '../../machine/guide-signatures';
import type { Answers } from '../../machine/guide-snapshot';
import { valueSeparator } from '../../machine/replay';
import type { StepMeta } from '../../machine/step-meta';
import type { AnalysisReport } from './analysis-report';

/**
 * The answers the logs support, to pre-fill for the engineer to review: the analyzer's step
 * (`signatures.step`) with the findings the engineer ticked, and another question (the error
 * code) only when the logs name exactly one of its options and the engineer's path has not
 * answered it. The analyzer never changes an answer the engineer gave to another question.
 */

/** What the logs say about a question other than the analyzer's step. */
export interface OtherQuestion {
  step: StepMeta;
  /** The options the logs name (evidence, not leads), with their labels. */
  named: { value: string; label: string }[];
  /** The engineer's answer so far, if any. */
  answered?: string;
  /** The value pre-filled: the one option named, when the question is not answered. */
  prefill?: string;
}

const optionLabel = (step: StepMeta, value: string) =>
  step.answer?.options.find((o) => o.value === value)?.label ?? value;

export function otherQuestions(
  report: AnalysisReport,
  guide: GuideModel,
  signatures: GuideSignatures,
  answered: Answers,
): OtherQuestion[] {
  const byStep = new Map<string, string[]>();
  for (const group of report.groups) {
    if (group.step === signatures.step) continue;
    if (!group.signatures.some((s) => s.signature.certainty === 'evidence')) continue;
    byStep.set(group.step, [...(byStep.get(group.step) ?? []), group.value]);
  }
  return guide.steps.flatMap((step) => {
    const values = byStep.get(step.id);
    if (!values) return [];
    const named = step
      .answer!.options.filter((o) => values.includes(o.value))
      .map((o) => ({ value: o.value, label: optionLabel(step, o.value) }));
    const answer = Object.hasOwn(answered, step.id) ? answered[step.id] : undefined;
    const question: OtherQuestion = { step, named };
    if (answer !== undefined) question.answered = answer;
    else if (named.length === 1) question.prefill = named[0]!.value;
    return [question];
  });
}

/** Step id → the value to pre-fill: the findings ticked, and the other questions' pre-fills. */
export function answersToPrefill(
  guide: GuideModel,
  signatures: GuideSignatures,
  findings: readonly string[],
  others: readonly OtherQuestion[],
): Answers {
  const step = guide.stepById(signatures.step);
  const order = step?.answer?.options.map((o) => o.value) ?? [];
  const values = order.filter((v) => findings.includes(v));
  const answers: Record<string, string> = {};
  for (const q of others) if (q.prefill) answers[q.step.id] = q.prefill;
  if (values.length > 0) answers[signatures.step] = values.join(valueSeparator);
  return answers;
}
