import { useContext, useEffect, useRef, useState } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import { CopyButton } from '../../../components/copy-button';
import type { GuideModel } from '../../../machine/guide-model';
import type { ChecklistCatalog } from '../../guide/content/checklist-catalog';
import { loadChecklistCatalog } from '../../guide/content/load-checklist-catalog';
import { buildCaseNote } from '../case-note';
import type { CaseSession } from '../session-record';
import { DescribeEvidenceContext } from './describe-evidence-context';
import { downloadFile } from '../../../lib/download-file';

interface CaseNoteDialogProps {
  guide: GuideModel;
  session: CaseSession;
  onClose: () => void;
}

function fileName(session: CaseSession): string {
  const name = (session.caseNumber || session.label || 'case-note')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 60);
  return `${name}-${session.updatedAt.slice(0, 10)}.md`;
}

/** The case note, previewed before it is copied or downloaded. */
export function CaseNoteDialog({ guide, session, onClose }: CaseNoteDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<'text' | 'markdown'>('text');
  const [includeNotes, setIncludeNotes] = useState(true);
  const [includeEvidence, setIncludeEvidence] = useState(true);
  const describeEvidence = useContext(DescribeEvidenceContext);
  const hasEvidence = Object.keys(session.evidence ?? {}).length > 0;
  const [catalog, setCatalog] = useState<ChecklistCatalog | null>(null);
  const [loadError, setLoadError] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
    loadChecklistCatalog(guide.manifest.id).then(setCatalog, () => setLoadError(true));
  }, [guide]);

  const note = catalog
    ? buildCaseNote(guide, session, {
        includeNotes,
        includeEvidence,
        describeEvidence,
        origin: window.location.origin,
        checklistItems: catalog,
      })
    : null;
  const shown = note ? (format === 'text' ? note.text : note.markdown) : '';

  const download = () => {
    if (note) downloadFile(fileName(session), note.markdown, 'text/markdown');
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="case-note-title"
      onClose={onClose}
      className="m-auto w-[min(56rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 backdrop:bg-slate-950/60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="space-y-4 p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id="case-note-title" className="text-2xl font-bold">
            Case note
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded border border-slate-400 px-3 py-1 font-medium dark:border-slate-500"
          >
            Close
          </button>
        </div>
        <p>
          Check it, then copy it into the case record. It holds no customer data you did not type
          {hasEvidence ? ', but for the log lines you kept as evidence' : ''}.
        </p>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <fieldset className="flex gap-4">
            <legend className="sr-only">Format</legend>
            {(['text', 'markdown'] as const).map((f) => (
              <label key={f} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="case-note-format"
                  checked={format === f}
                  onChange={() => setFormat(f)}
                  className="size-5 accent-brand-700"
                />
                {f === 'text' ? 'Plain text' : 'Markdown'}
              </label>
            ))}
          </fieldset>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={includeNotes}
              onChange={(e) => setIncludeNotes(e.target.checked)}
              className="size-5 accent-brand-700"
            />
            Include my notes
          </label>
          {hasEvidence ? (
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={includeEvidence}
                onChange={(e) => setIncludeEvidence(e.target.checked)}
                className="size-5 accent-brand-700"
              />
              Include the evidence from the logs
            </label>
          ) : null}
        </div>
        {loadError ? (
          <p role="alert">The case note could not be prepared: reload the page and try again.</p>
        ) : (
          <textarea
            readOnly
            aria-label="Case note preview"
            value={shown}
            rows={16}
            className="w-full rounded border border-slate-300 bg-slate-50 p-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-950"
          />
        )}
        <div className="flex flex-wrap items-center gap-3">
          <CopyButton text={shown} label="Copy case note" />
          <button type="button" onClick={download} disabled={!note} className={secondaryButton}>
            Download .md
          </button>
        </div>
      </div>
    </dialog>
  );
}
