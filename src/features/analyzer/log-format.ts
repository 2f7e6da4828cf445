import type { LogSource } from '../../machine/guide-signatures';

/**
 * How a text is cut into records:
 * - `lines`: one record a line (WaAppAgent.log, plugin logs, pasted text);
 * - `event-xml`: `<Event>` elements (Event Viewer's XML export);
 * - `event-csv`, `event-txt`: Event Viewer's comma- or tab-separated export, one record an event
 *   (its description may span lines);
 * - `event-details`: events copied with "Copy details as text", each starting `Log Name:`.
 */
export type LogFormat = 'lines' | 'event-xml' | 'event-csv' | 'event-txt' | 'event-details';

const extension = (path: string) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();

/** The first line: with at least five fields, the fourth a column name, not a number. */
function delimitedHeader(firstLine: string, separator: string): boolean {
  const fields = firstLine.split(separator);
  return fields.length >= 5 && !/^\s*\d+\s*$/.test(fields[3]!) && fields[3]!.trim().length > 0;
}

/** The format of a text, from its file name and its first characters. */
export function detectFormat(path: string, start: string): LogFormat {
  const head = start.replace(/^\uFEFF/, '').trimStart();
  const firstLine = head
    .slice(0, Math.max(0, head.indexOf('\n')) || head.length)
    .replace(/\r$/, '');
  const ext = extension(path);
  if (/^<(\?xml|Events[\s>]|Event[\s>])/.test(head)) return 'event-xml';
  if (head.startsWith('Log Name:')) return 'event-details';
  if (ext === 'csv' && delimitedHeader(firstLine, ',')) return 'event-csv';
  if (/^Level,Date and Time,Source,Event ID,Task Category/.test(firstLine)) return 'event-csv';
  if (delimitedHeader(firstLine, '\t') && (ext === 'txt' || /Event ID/.test(firstLine))) {
    return 'event-txt';
  }
  return 'lines';
}

/** Which log a line-by-line file is, from its path (a folder's files carry their path). */
export function lineLogSource(path: string): LogSource {
  if (/waappagent/i.test(path)) return 'wa-app-agent-log';
  if (
    /IaaSBcdrExtension|CommandExecution|RecoveryServices\.VMSnapshot|[\\/]Plugins[\\/]/i.test(path)
  ) {
    return 'plugin-log';
  }
  return 'other-text';
}
