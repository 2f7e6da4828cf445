import type { CaseSession } from '../session-record';

export const sessionTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** How a session is named in lists: its case number, its label, or when it started. */
export function sessionName(session: CaseSession): string {
  if (session.caseNumber) return `Case ${session.caseNumber}`;
  return (
    session.label || `Session started ${sessionTimeFormat.format(new Date(session.createdAt))}`
  );
}
