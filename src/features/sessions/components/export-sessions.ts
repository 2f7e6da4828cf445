import type { CaseSession } from '../session-record';
import { exportFileName, exportText } from '../session-export';
import { downloadFile } from '../../../lib/download-file';

/** Saves sessions to an export file (`session-export.ts`): nothing leaves the browser otherwise. */
export function exportSessions(sessions: readonly CaseSession[]) {
  const now = new Date();
  downloadFile(exportFileName(sessions, now), exportText(sessions, now));
}
