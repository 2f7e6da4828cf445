import { useId, useRef, type FormEvent } from 'react';
import { primaryButton } from '../../../components/button-classes';
import { maxCaseNumberLength, maxLabelLength } from '../session-record';

interface CaseDetailsFormProps {
  caseNumber?: string;
  label?: string;
  submitLabel: string;
  onSubmit: (details: { caseNumber?: string; label?: string }) => void;
  onCancel?: () => void;
}

const inputClass =
  'w-full rounded border-2 border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900';

/** Case number and label: optional, kept in this browser, never put in a link. */
export function CaseDetailsForm({
  caseNumber = '',
  label = '',
  submitLabel,
  onSubmit,
  onCancel,
}: CaseDetailsFormProps) {
  const id = useId();
  // Read from the fields when submitted (not kept in state): what was typed on a prerendered page
  // before the app took it over counts too. No `name`s, so nothing typed can go into a URL.
  const numberField = useRef<HTMLInputElement>(null);
  const labelField = useRef<HTMLInputElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      caseNumber: numberField.current?.value.trim() || undefined,
      label: labelField.current?.value.trim() || undefined,
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3">
      <div>
        <label htmlFor={`${id}-case`} className="block font-semibold">
          Case number (optional)
        </label>
        <input
          id={`${id}-case`}
          ref={numberField}
          defaultValue={caseNumber}
          maxLength={maxCaseNumberLength}
          autoComplete="off"
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={`${id}-label`} className="block font-semibold">
          Label (optional)
        </label>
        <input
          id={`${id}-label`}
          ref={labelField}
          defaultValue={label}
          maxLength={maxLabelLength}
          autoComplete="off"
          className={inputClass}
        />
      </div>
      <div className="flex gap-3">
        <button type="submit" className={primaryButton}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className="font-medium underline">
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
