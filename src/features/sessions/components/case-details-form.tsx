import { useId, useState, type FormEvent } from 'react';
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
  const [number, setNumber] = useState(caseNumber);
  const [text, setText] = useState(label);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ caseNumber: number.trim() || undefined, label: text.trim() || undefined });
  };
  return (
    <form onSubmit={submit} className="space-y-3">
      <div>
        <label htmlFor={`${id}-case`} className="block font-semibold">
          Case number (optional)
        </label>
        <input
          id={`${id}-case`}
          value={number}
          maxLength={maxCaseNumberLength}
          autoComplete="off"
          onChange={(e) => setNumber(e.target.value)}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={`${id}-label`} className="block font-semibold">
          Label (optional)
        </label>
        <input
          id={`${id}-label`}
          value={text}
          maxLength={maxLabelLength}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
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
