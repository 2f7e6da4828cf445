import type { StepSource } from './compile-guide.ts';
import type { QuestionFrontMatter } from './guide-schemas.ts';
import type { Position } from './yaml-source.ts';

/** Where a step's answer leads: each option's `next`, or the question's one `next`. */
export interface FlowNext {
  to: string;
  /** The option's value that leads there (one choice, yes/no); none for a question's one `next`. */
  value?: string;
  /** The option's label, for the graph. */
  label?: string;
  file: string;
  at: Position;
}

/** The values a question's answer can take, with their labels (`none` included). */
export function answerValues(question: QuestionFrontMatter): { value: string; label: string }[] {
  switch (question.type) {
    case 'one':
      return question.options.map(({ value, label }) => ({ value, label }));
    case 'yes-no':
      return [
        { value: 'yes', label: (typeof question.yes === 'object' && question.yes.label) || 'Yes' },
        { value: 'no', label: (typeof question.no === 'object' && question.no.label) || 'No' },
      ];
    case 'several':
    case 'checklist':
      return [
        ...question.options.map(({ value, label }) => ({ value, label })),
        noneOption(question),
      ];
    case 'none':
      return [{ value: question.value ?? 'done', label: question.button }];
  }
}

/** The "none" option of several choices or a checklist. */
export function noneOption(question: QuestionFrontMatter & { type: 'several' | 'checklist' }) {
  if (question.type === 'checklist') return { value: 'none', label: 'Nothing ticked' };
  const none = question.none;
  if (none === undefined) return { value: 'none', label: 'None of these' };
  if (typeof none === 'string') return { value: 'none', label: none };
  return { value: none.value ?? 'none', label: none.label };
}

export function stepNexts({ front, file, yaml }: StepSource): FlowNext[] {
  const question = front.question;
  if (!question) return [];
  switch (question.type) {
    case 'one':
      return question.options.map((o, i) => ({
        to: o.next,
        value: o.value,
        label: o.label,
        file,
        at: yaml.at(['question', 'options', i, 'next']),
      }));
    case 'yes-no':
      return (['yes', 'no'] as const).map((value) => {
        const option = question[value];
        const to = typeof option === 'string' ? option : option.next;
        const path = typeof option === 'string' ? ['question', value] : ['question', value, 'next'];
        return {
          to,
          value,
          label: (typeof option === 'object' && option.label) || (value === 'yes' ? 'Yes' : 'No'),
          file,
          at: yaml.at(path),
        };
      });
    case 'none':
      return [
        {
          to: question.next,
          value: question.value ?? 'done',
          label: question.button,
          file,
          at: yaml.at(['question', 'next']),
        },
      ];
    case 'several':
    case 'checklist':
      return [{ to: question.next, file, at: yaml.at(['question', 'next']) }];
  }
}
