import { useId, useState, type ChangeEvent } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import { guideRegistry } from '../../../guides/guide-registry';
import { pageSchemaContext } from '../active/page-writer';
import { useActiveSession } from '../active/active-session-context';
import { importReportMessage } from '../import-report-message';
import type { CaseSession } from '../session-record';
import { maxExportBytes, readExport } from '../session-export';
import { exportSessions } from './export-sessions';

type Outcome = { text: string; error: boolean } | null;

/**
 * Export every session to a file, and import an export file (from another browser or computer):
 * sessions are merged by id and a newer copy here is never replaced (`import-rules.ts`). A file
 * that is not an export, or is damaged, changes nothing and says why.
 */
export function SessionTransfer({ sessions }: { sessions: readonly CaseSession[] }) {
  const { writer } = useActiveSession();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    if (file.size > maxExportBytes) {
      setOutcome({
        text: 'Nothing was imported. This file is far larger than any export of case sessions.',
        error: true,
      });
      return;
    }
    setBusy(true);
    setOutcome({ text: 'Importing…', error: false });
    try {
      const read = readExport(await file.text(), pageSchemaContext);
      if (!read.ok) {
        setOutcome({ text: `Nothing was imported. ${read.message}`, error: true });
        return;
      }
      const report = await writer.importSessions(read.sessions);
      const imported = new Set([...report.added, ...report.replaced]);
      const withoutGuide = read.sessions.filter(
        (s) => imported.has(s.id) && !guideRegistry.guideById(s.guideId),
      ).length;
      setOutcome({
        text: importReportMessage(report, {
          total: read.sessions.length,
          newerSchema: read.newerSchema,
          withoutGuide,
        }),
        error: report.failed !== null,
      });
    } catch (error) {
      setOutcome({
        text: `Nothing was imported. The file could not be read (${String(error)}).`,
        error: true,
      });
    } finally {
      setBusy(false);
    }
  }

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again imports it again.
    input.value = '';
    if (file) void importFile(file);
  };

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mt-8 rounded-lg border-2 border-slate-300 p-4 dark:border-slate-600"
    >
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        Move sessions to another browser
      </h2>
      <p className="mt-1 mb-3">
        Sessions are kept only in this browser. Export them to a file to keep a copy or to import
        them on another computer. The file holds your case notes: keep it as you keep case data.
      </p>
      {sessions.length > 0 ? (
        <button
          type="button"
          className={secondaryButton}
          onClick={() => {
            exportSessions(sessions);
            setOutcome({
              text: `Exported ${sessions.length.toLocaleString('en-US')} ${sessions.length === 1 ? 'session' : 'sessions'}.`,
              error: false,
            });
          }}
        >
          Export all {sessions.length.toLocaleString('en-US')}{' '}
          {sessions.length === 1 ? 'session' : 'sessions'}
        </button>
      ) : null}
      <div className="mt-3">
        <label htmlFor={`${id}-file`} className="block font-semibold">
          Import sessions from an export file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={onFile}
          className="mt-1 block max-w-full text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-2.5 file:py-1 file:font-medium file:text-slate-800 dark:file:border-slate-500 dark:file:bg-slate-800 dark:file:text-slate-100"
        />
      </div>
      <p role="status" className="mt-3">
        {outcome && !outcome.error ? outcome.text : ''}
      </p>
      <p role="alert" className="mt-3 font-semibold">
        {outcome?.error ? outcome.text : ''}
      </p>
    </section>
  );
}
