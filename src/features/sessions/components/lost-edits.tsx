import { useState } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import { CopyButton } from '../../../components/copy-button';
import type { SessionConflict } from '../session-record';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

function describe(conflict: SessionConflict): { what: string; text: string } {
  if (conflict.field === 'note') {
    return { what: 'Your note on this step', text: conflict.lost };
  }
  const { caseNumber, label } = conflict.lost;
  return {
    what: 'The case number and label you saved',
    text: [caseNumber ? `Case ${caseNumber}` : '', label ?? ''].filter(Boolean).join(' · '),
  };
}

/**
 * Changes this tab made that another tab overwrote at the same moment (`conflictsLostBy`): each
 * said on screen with the text that was not kept, to copy back. Dismissed for this page only;
 * the session keeps the record.
 */
export function LostEdits({
  conflicts,
  stepId,
}: {
  conflicts: readonly SessionConflict[];
  stepId: string;
}) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = conflicts.filter(
    (c) => !dismissed.has(c.stamp) && (c.field === 'name' || c.stepId === stepId),
  );
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((conflict) => {
        const { what, text } = describe(conflict);
        return (
          <div
            key={`${conflict.field}:${conflict.stamp}`}
            role="alert"
            className="space-y-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 dark:border-amber-400 dark:bg-amber-950/50"
          >
            <p>
              {what} was changed in another tab at the same moment (
              {timeFormat.format(new Date(conflict.at))}). The other tab’s change is kept; yours was
              not. What you typed:
            </p>
            <blockquote className="border-l-2 border-slate-400 pl-2 break-words whitespace-pre-wrap">
              {text}
            </blockquote>
            <div className="flex flex-wrap gap-2">
              <CopyButton text={text} label="Copy your text" />
              <button
                type="button"
                className={secondaryButton}
                onClick={() => setDismissed((d) => new Set([...d, conflict.stamp]))}
              >
                Dismiss
              </button>
            </div>
          </div>
        );
      })}
    </>
  );
}
