import { useEffect, useId, useRef, useState } from 'react';
import { onBeforeReload } from '../../../lib/page-reload';
import { maxNoteLength } from '../session-record';

interface StepNoteFieldProps {
  stepId: string;
  value: string;
  onSave: (text: string) => void;
}

/** What the engineer saw on this step (the exact error line, say). Saved as they type. */
export function StepNoteField({ stepId, value, onSave }: StepNoteFieldProps) {
  const id = useId();
  // While the engineer types, their draft; otherwise the saved note (another tab's change too).
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Typed but not saved yet (the save waits for a pause in typing), with the step's own save.
  const unsaved = useRef<{ text: string; save: (text: string) => void } | null>(null);
  useEffect(() => {
    // Saved at once should the page go first (a reload to a new version, a closed tab).
    const flush = () => {
      const pending = unsaved.current;
      clearTimeout(timer.current);
      unsaved.current = null;
      pending?.save(pending.text);
    };
    const stop = onBeforeReload(flush);
    return () => {
      stop();
      flush();
    };
  }, []);
  const text = draft ?? value;

  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        Your notes on this step
      </label>
      <p id={`${id}-hint`} className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        What you saw, such as the exact error line. Kept in this browser only.
      </p>
      <textarea
        id={id}
        key={stepId}
        aria-describedby={`${id}-hint`}
        value={text}
        maxLength={maxNoteLength}
        rows={4}
        onFocus={() => setDraft(value)}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          clearTimeout(timer.current);
          const pending = { text: next, save: onSave };
          unsaved.current = pending;
          timer.current = setTimeout(() => {
            unsaved.current = null;
            pending.save(pending.text);
          }, 400);
        }}
        onBlur={() => {
          clearTimeout(timer.current);
          unsaved.current = null;
          if (draft !== null && draft !== value) onSave(draft);
          setDraft(null);
        }}
        className="w-full rounded border-2 border-slate-400 bg-white p-2 dark:border-slate-500 dark:bg-slate-900"
      />
    </div>
  );
}
