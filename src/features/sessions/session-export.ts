import type { CaseSession } from './session-record';
import {
  CURRENT_SCHEMA,
  parseStoredSession,
  type SchemaContext,
  type StoredSession,
} from './session-schema';

/**
 * The export file of case sessions (ADR 006, "Export and import"): a versioned JSON object with
 * each session as the store keeps it (`{ schema, session }`), so an import reads it as the store
 * reads a record, migrations included, and a file exported by an earlier version still imports.
 * A checksum of the sessions tells a file changed after export from one as it was written.
 *
 * Reading a file checks everything before anything is written: a file that is not an export, or
 * has one record that cannot be read, is refused whole.
 */

export const exportFormat = 'tsg-wizard-sessions';
export const exportVersion = 1;
/** Far more than a browser's `localStorage` (5 to 10 MB) can hold. */
export const maxExportBytes = 20 * 1024 * 1024;

export interface SessionExport {
  format: typeof exportFormat;
  version: typeof exportVersion;
  /** ISO time. */
  exportedAt: string;
  sessions: StoredSession[];
  /** FNV-1a (32 bits, hex) of `JSON.stringify(sessions)`. */
  checksum: string;
}

/** FNV-1a over the string's UTF-16 code units: catches a changed character, not a forger. */
export function checksumOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The export file's text for these sessions (as every tab shows them: journals applied). */
export function exportText(sessions: readonly CaseSession[], now: Date): string {
  const stored: StoredSession[] = sessions.map((session) => ({ schema: CURRENT_SCHEMA, session }));
  const file: SessionExport = {
    format: exportFormat,
    version: exportVersion,
    exportedAt: now.toISOString(),
    sessions: stored,
    checksum: checksumOf(JSON.stringify(stored)),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The file name for an export: the date, and the case when there is one session. */
export function exportFileName(sessions: readonly CaseSession[], now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const [only] = sessions;
  if (sessions.length === 1 && only) {
    const name = (only.caseNumber || only.label || only.id)
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
    return `case-session-${name || 'session'}-${day}.json`;
  }
  return `case-sessions-${day}.json`;
}

export type ExportReadResult =
  | {
      ok: true;
      sessions: CaseSession[];
      /** Records saved by a newer version of this app: not imported, counted. */
      newerSchema: number;
    }
  | { ok: false; message: string };

const refuse = (message: string): ExportReadResult => ({ ok: false, message });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an export file's text. Refused whole, with a sentence saying why: text that is not JSON,
 * JSON that is not an export of this app or is from a newer export format, a changed file (the
 * checksum), a record that cannot be read, or two records of one session.
 */
export function readExport(text: string, context: SchemaContext): ExportReadResult {
  if (text.length > maxExportBytes) {
    return refuse('This file is far larger than any export of case sessions.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('This file is not an export of case sessions: it is not JSON text.');
  }
  if (!isObject(data) || data.format !== exportFormat) {
    return refuse('This file is not an export of case sessions from this guide.');
  }
  if (typeof data.version !== 'number' || !Number.isSafeInteger(data.version)) {
    return refuse('This export has no version number: it is damaged.');
  }
  if (data.version > exportVersion) {
    return refuse(
      'This export was made by a newer version of this guide. Import it into that version.',
    );
  }
  if (!Array.isArray(data.sessions)) {
    return refuse('This export has no list of sessions: it is damaged.');
  }
  if (data.checksum !== checksumOf(JSON.stringify(data.sessions))) {
    return refuse('This export was changed after it was made (its checksum does not match).');
  }
  const sessions: CaseSession[] = [];
  const ids = new Set<string>();
  let newerSchema = 0;
  for (const [i, record] of data.sessions.entries()) {
    const parsed = parseStoredSession(JSON.stringify(record), context);
    if (!parsed.ok && parsed.reason === 'future-version') {
      newerSchema++;
      continue;
    }
    if (!parsed.ok) {
      return refuse(`Session ${i + 1} in this export cannot be read (${parsed.detail}).`);
    }
    if (ids.has(parsed.session.id)) {
      return refuse(`Session ${i + 1} in this export is there twice: the file is damaged.`);
    }
    ids.add(parsed.session.id);
    sessions.push(parsed.session);
  }
  return { ok: true, sessions, newerSchema };
}
