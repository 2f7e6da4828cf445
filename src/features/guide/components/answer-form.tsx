import { useRef, useState, type FormEvent } from 'react';
import type { Answer, AnswerOption, StepMeta } from '../../../machine/step-meta';
import { valueSeparator } from '../../../machine/replay';

interface AnswerFormProps {
  step: StepMeta;
  /** The answer already given (going back, or changing an answer). */
  initialValue?: string;
  /** Told the answer the choices make so far, as they change (`undefined`: nothing chosen). */
  onChoose?: (value: string | undefined) => void;
  onAnswer: (value: string) => void;
}

/**
 * The answer that chosen values give: several choices in the order the step lists them (or
 * "none of these" alone), joined; `undefined` when nothing is chosen.
 */
function answerValue(answer: Answer, values: readonly string[]): string | undefined {
  // A checklist with nothing ticked is an answer: nothing holds.
  if (values.length === 0)
    return answer.type === 'multiple' && answer.checklist ? answer.none.value : undefined;
  const ordered =
    answer.type === 'multiple' && !values.includes(answer.none.value)
      ? answer.options.map((o) => o.value).filter((v) => values.includes(v))
      : values;
  return ordered.join(valueSeparator);
}

/** A checklist: tick any of its items, none too. */
const isChecklist = (answer: Answer): boolean =>
  answer.type === 'multiple' && answer.checklist === true;

const buttonClass =
  'rounded-md bg-brand-700 px-5 py-2.5 text-lg font-semibold text-white shadow-sm hover:bg-brand-800 focus-visible:bg-brand-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';

function OptionRow({
  type,
  name,
  option,
  checked,
  onChange,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  option: AnswerOption;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = `${name}-${option.value}`;
  return (
    <div className="flex items-start gap-3 rounded-md border-2 border-slate-300 px-3 py-3 has-checked:border-brand-700 has-checked:bg-brand-50 dark:border-slate-600 dark:has-checked:border-sky-300 dark:has-checked:bg-slate-800">
      <input
        id={id}
        type={type}
        name={name}
        value={option.value}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={option.hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-6 shrink-0 accent-brand-700 dark:accent-sky-300"
      />
      <div className="min-w-0">
        <label htmlFor={id} className="block text-lg font-medium break-words">
          {option.label}
        </label>
        {option.hint ? (
          <p id={`${id}-hint`} className="text-slate-700 dark:text-slate-300">
            {option.hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The step's answer: native radios or checkboxes and a Continue button, or a single button. */
export function AnswerForm({ step, initialValue, onChoose, onAnswer }: AnswerFormProps) {
  const answer = step.answer!;
  const [values, setValues] = useState<string[]>(
    initialValue &&
      !(answer.type === 'multiple' && answer.checklist && initialValue === answer.none.value)
      ? initialValue.split(valueSeparator)
      : [],
  );
  const choose = (next: string[]) => {
    setValues(next);
    onChoose?.(answerValue(answer, next));
  };
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const name = `answer-${step.id}`;

  if (answer.type === 'confirm') {
    const option = answer.options[0];
    return (
      <div className="no-print mt-8">
        <button type="button" className={buttonClass} onClick={() => onAnswer(option.value)}>
          {option.label}
        </button>
      </div>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (values.length === 0 && !isChecklist(answer)) {
      setError(
        answer.type === 'multiple'
          ? 'Select what you found, or “None of these”'
          : 'Select an answer',
      );
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    onAnswer(answerValue(answer, values)!);
  };

  const errorId = `${name}-error`;
  return (
    <form onSubmit={submit} noValidate className="no-print mt-8">
      {error ? (
        <div
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          className="mb-6 rounded-md border-4 border-red-700 p-4 dark:border-red-400"
        >
          <h2 className="text-lg font-bold">There is a problem</h2>
          <a
            href={`#${name}-${answer.options[0]!.value}`}
            className="font-medium text-red-800 underline dark:text-red-300"
          >
            {error}
          </a>
        </div>
      ) : null}
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend className="mb-3 text-xl font-bold">{answer.prompt ?? step.title}</legend>
        {answer.type === 'multiple' ? (
          <p className="mb-3 text-slate-700 dark:text-slate-300">
            {isChecklist(answer)
              ? 'Tick each one that holds, then Continue (with none ticked if none does).'
              : 'Select all that apply.'}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="mb-3 font-bold text-red-800 dark:text-red-300">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="space-y-3">
          {answer.type === 'single'
            ? answer.options.map((option) => (
                <OptionRow
                  key={option.value}
                  type="radio"
                  name={name}
                  option={option}
                  checked={values[0] === option.value}
                  onChange={() => choose([option.value])}
                />
              ))
            : null}
          {answer.type === 'multiple' ? (
            <>
              {answer.options.map((option) => (
                <OptionRow
                  key={option.value}
                  type="checkbox"
                  name={name}
                  option={option}
                  checked={values.includes(option.value)}
                  onChange={(checked) =>
                    choose(
                      checked
                        ? [...values.filter((v) => v !== answer.none.value), option.value]
                        : values.filter((v) => v !== option.value),
                    )
                  }
                />
              ))}
              {isChecklist(answer) ? null : (
                <>
                  <p className="px-1 text-slate-700 dark:text-slate-300">or</p>
                  <OptionRow
                    type="checkbox"
                    name={name}
                    option={answer.none}
                    checked={values.includes(answer.none.value)}
                    onChange={(checked) => choose(checked ? [answer.none.value] : [])}
                  />
                </>
              )}
            </>
          ) : null}
        </div>
      </fieldset>
      <button type="submit" className={`${buttonClass} mt-6`}>
        Continue
      </button>
    </form>
  );
}
