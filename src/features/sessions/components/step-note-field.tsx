import { useId, useState } from 'react';
import type { NoteResult } from '../session-writer-api';

interface StepNoteFieldProps {
  value: string;
  /** The note's stamp as saved now (`fieldStamp`): what the engineer's typing builds on. */
  stamp: string;
  /** The text as typed so far (saved shortly after). `base`: the stamp when the typing began. */
  onEdit: (text: string, base: string) => NoteResult;
  /** The text as the engineer left the field: saved now. */
  onCommit: (text: string, base: string) => NoteResult;
}

const limitFormat = new Intl.NumberFormat('en');

/**
 * What the engineer saw on this step (the exact error line, say). Saved as they type, and when
 * they leave the field. A text over the limit is refused with a message, never cut: it stays in
 * the field to be shortened. Render one per step (`key` the step's id).
 */
export function StepNoteField({ value, stamp, onEdit, onCommit }: StepNoteFieldProps) {
  const id = useId();
  // While the engineer types, their draft; otherwise the saved note (another tab's change too).
  const [draft, setDraft] = useState<string | null>(null);
  // The note's stamp when the typing began: another tab's change since then is a conflict.
  const [base, setBase] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [refusedOver, setRefusedOver] = useState<number | null>(null);
  const text = draft ?? value;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        Your notes on this step
      </label>
      <p id={hintId} className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        What you saw, such as the exact error line. Kept in this browser only.
      </p>
      {refusedOver !== null ? (
        <p
          id={errorId}
          role="alert"
          className="mb-2 rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 dark:border-red-400 dark:bg-red-950/50"
        >
          This note is longer than {limitFormat.format(refusedOver)} characters, so it is not saved.
          Shorten it to save it: nothing you typed has been cut.
        </p>
      ) : null}
      <textarea
        id={id}
        aria-describedby={refusedOver !== null ? `${errorId} ${hintId}` : hintId}
        aria-invalid={refusedOver !== null}
        value={text}
        rows={4}
        onFocus={() => {
          setDraft((d) => d ?? value);
          setBase((b) => b ?? stamp);
        }}
        onChange={(e) => {
          const next = e.target.value;
          const from = base ?? stamp;
          setDraft(next);
          setBase(from);
          setChanged(true);
          const result = onEdit(next, from);
          setRefusedOver(result.ok ? null : result.limit);
        }}
        onBlur={() => {
          if (changed && draft !== null) {
            const result = onCommit(draft, base ?? stamp);
            // Refused: the text stays here, with the message, to be shortened.
            if (!result.ok) return;
          }
          setDraft(null);
          setBase(null);
          setChanged(false);
          setRefusedOver(null);
        }}
        className="w-full rounded border-2 border-slate-400 bg-white p-2 dark:border-slate-500 dark:bg-slate-900"
      />
    </div>
  );
}
