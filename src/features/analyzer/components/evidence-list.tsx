import { useId, type ReactNode } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import { certaintyText, evidenceWhere, type Evidence } from '../evidence';
import { HighlightedText } from '../../../components/highlighted-text';
import { segmentsOf } from '../../../lib/marked-text';

export interface KeptEvidenceItem {
  id: string;
  evidence: Evidence;
}

/**
 * The lines kept as evidence (on the findings step, on the analyzer's page): what each supports,
 * where it is, the line itself with the match marked, and a way to remove it.
 */
export function EvidenceList({
  heading,
  items,
  onRemove,
  children,
}: {
  heading: string;
  items: readonly KeptEvidenceItem[];
  onRemove?: (id: string) => void;
  /** Said under the heading (where the evidence is kept). */
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8 space-y-3">
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {heading} ({items.length})
      </h2>
      {children}
      <ul className="space-y-3">
        {items.map(({ id: itemId, evidence }) => {
          const where = evidenceWhere(evidence);
          return (
            <li
              key={itemId}
              className="rounded-md border border-slate-300 p-3 dark:border-slate-600"
            >
              <div className="mb-2 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
                <p className="min-w-0">
                  <span className="block font-medium break-words">
                    {evidence.label}{' '}
                    <span className="font-normal text-slate-700 dark:text-slate-300">
                      ({certaintyText[evidence.certainty]})
                    </span>
                  </span>
                  <span className="block font-mono text-sm break-all">{where}</span>
                </p>
                {onRemove ? (
                  <button
                    type="button"
                    className={secondaryButton}
                    aria-label={`Remove ${where} from the evidence`}
                    onClick={() => onRemove(itemId)}
                  >
                    Remove
                  </button>
                ) : null}
              </div>
              <pre className="rounded bg-slate-50 px-3 py-2 font-mono text-sm whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere] dark:bg-slate-900 dark:text-slate-100">
                <HighlightedText segments={segmentsOf(evidence.text, evidence.match)} />
              </pre>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
