import type { ImportSkipReason } from './import-rules';
import type { ImportReport } from './session-writer-api';

/** What an import did, in words (the home page says it after an import). */

const skipWords: Record<ImportSkipReason, (n: number) => string> = {
  'newer-here': (n) => `${n === 1 ? 'a newer copy is' : 'newer copies are'} already here`,
  'same-here': (n) => `${n === 1 ? 'it is' : 'they are'} already here, unchanged`,
  'both-changed': (n) =>
    `${n === 1 ? 'it was' : 'they were'} changed here too since the export, so the copy here is kept`,
  'unreadable-here': (n) =>
    `${n === 1 ? 'a damaged record with its id is' : 'damaged records with their ids are'} here (delete ${n === 1 ? 'it' : 'them'} first)`,
};

const order: ImportSkipReason[] = ['newer-here', 'same-here', 'both-changed', 'unreadable-here'];

function sessions(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'session' : 'sessions'}`;
}

export function importReportMessage(
  report: ImportReport,
  {
    total,
    newerSchema,
    withoutGuide,
  }: {
    /** Sessions in the file. */
    total: number;
    /** Records in the file saved by a newer version of the app (not imported). */
    newerSchema: number;
    /** Imported sessions of a guide this build does not have. */
    withoutGuide: number;
  },
): string {
  const imported = report.added.length + report.replaced.length;
  const parts: string[] = [];
  if (total === 0 && newerSchema === 0) return 'This export holds no sessions: nothing changed.';
  let first = `${imported.toLocaleString('en-US')} imported`;
  if (report.replaced.length > 0) {
    first += ` (${report.replaced.length.toLocaleString('en-US')} of them replaced an older copy here)`;
  }
  const skipped = report.skipped.length;
  if (skipped > 0) {
    const counts = order
      .map((reason) => [reason, report.skipped.filter((s) => s.reason === reason).length] as const)
      .filter(([, n]) => n > 0);
    const why = counts
      .map(([reason, n]) => (counts.length > 1 ? `${n} because ` : '') + skipWords[reason](n))
      .join('; ');
    first += `, ${skipped.toLocaleString('en-US')} skipped: ${why}`;
  }
  parts.push(`${first}.`);
  if (newerSchema > 0) {
    parts.push(
      `${sessions(newerSchema)} saved by a newer version of this guide ${newerSchema === 1 ? 'was' : 'were'} not imported.`,
    );
  }
  if (withoutGuide > 0) {
    parts.push(
      `${sessions(withoutGuide)} ${withoutGuide === 1 ? 'is' : 'are'} of a guide this version does not have: listed here, to resume in a version that has it.`,
    );
  }
  if (report.failed) {
    const left = total - imported - skipped;
    parts.push(
      report.failed.reason === 'quota'
        ? `This browser’s storage is full: ${sessions(left)} could not be imported. Delete old sessions to make room, then import the file again.`
        : `This browser refused to save: ${sessions(left)} could not be imported.`,
    );
  }
  return parts.join(' ');
}
