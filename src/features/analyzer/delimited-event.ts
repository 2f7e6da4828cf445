import type { EventRecord } from './event-record';
import { parseLocalDateTime } from './log-time';

/**
 * One event of Event Viewer's "Save all events as…" CSV (comma) or text (tab) export. The header
 * names five columns (`Level, Date and Time, Source, Event ID, Task Category`) and each event has
 * a sixth, the description: a quoted field that may span lines, quotes doubled inside. The
 * export does not say which log it came from; its times have no time zone.
 */

/** Splits one record into fields (RFC 4180 quoting). */
export function splitDelimited(record: string, separator: string): string[] {
  const fields: string[] = [];
  let i = 0;
  const n = record.length;
  while (i <= n) {
    if (record[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = record.indexOf('"', j);
        if (q === -1) {
          value += record.slice(j);
          j = n;
          break;
        }
        value += record.slice(j, q);
        if (record[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      fields.push(value);
      const sep = record.indexOf(separator, j);
      if (sep === -1) break;
      i = sep + 1;
    } else {
      const sep = record.indexOf(separator, i);
      if (sep === -1) {
        fields.push(record.slice(i));
        break;
      }
      fields.push(record.slice(i, sep));
      i = sep + 1;
    }
  }
  return fields;
}

/** The event in a record, or undefined for the header line (or anything that is not an event). */
export function parseDelimitedEvent(record: string, separator: string): EventRecord | undefined {
  const trimmed = record.replace(/\r?\n$/, '').replace(/\r$/, '');
  const fields = splitDelimited(trimmed, separator);
  const [, dateTime, source, id, , ...description] = fields;
  if (id === undefined || !/^\s*\d+\s*$/.test(id)) return undefined;
  const message = description.join(separator).replace(/\r\n/g, '\n').trim();
  return {
    eventId: Number(id),
    provider: source?.trim() || undefined,
    time: dateTime ? parseLocalDateTime(dateTime) : undefined,
    message,
    text: message,
  };
}

/**
 * Finds where records end in a delimited export read chunk by chunk: a newline outside quotes.
 * Keeps its quoting state between chunks, so a description split across chunks (or a doubled
 * quote split between them) is still one field.
 */
export class DelimitedRecordEnds {
  private inQuotes = false;
  /** Inside quotes, just after a quote: the end of the field, or the first of a doubled quote. */
  private afterQuote = false;
  private previous = '\n';

  constructor(private readonly separator: string) {}

  /** Positions just after each record's final newline in `chunk`, in order. */
  push(chunk: string): number[] {
    const ends: number[] = [];
    let q = chunk.indexOf('"');
    let n = chunk.indexOf('\n');
    if (this.afterQuote && chunk.length > 0) {
      this.afterQuote = false;
      if (chunk[0] === '"') {
        q = chunk.indexOf('"', 1);
      } else {
        this.inQuotes = false;
      }
    }
    while (q !== -1 || n !== -1) {
      if (q !== -1 && (n === -1 || q < n)) {
        if (this.inQuotes) {
          if (q + 1 >= chunk.length) {
            this.afterQuote = true;
            q = -1;
            continue;
          }
          if (chunk[q + 1] === '"') {
            q = chunk.indexOf('"', q + 2);
            continue;
          }
          this.inQuotes = false;
        } else {
          const before = q === 0 ? this.previous : chunk[q - 1];
          if (before === this.separator || before === '\n') this.inQuotes = true;
        }
        q = chunk.indexOf('"', q + 1);
      } else {
        if (!this.inQuotes) ends.push(n + 1);
        n = chunk.indexOf('\n', n + 1);
      }
    }
    if (chunk.length > 0) this.previous = chunk[chunk.length - 1]!;
    return ends;
  }
}
