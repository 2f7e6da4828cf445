/**
 * Times as the logs write them. A time is kept as written, with a sort key (milliseconds) to
 * order hits across files, and whether the log said which time zone it is in.
 */

export interface LogTime {
  /** As written in the log. */
  text: string;
  /** Milliseconds since 1970, reading a time without a zone as if it were UTC. */
  sortKey: number;
  /**
   * - `utc`: the log says UTC (`Z`), or gives an offset (converted).
   * - `none`: no time zone in the log (WaAppAgent.log, Event Viewer's CSV and text exports): the
   *   time is the VM's local time, and is sorted as if it were UTC.
   */
  zone: 'utc' | 'none';
}

const isoTime =
  /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}:?\d{2})?/;
/** `[00000013] [11/11/2022 06:34:12.06] [WARN]`: month/day/year, no time zone. */
const waAppAgentTime =
  /^\[[0-9A-Fa-f]+\]\s+\[(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?\]/;
/** Event Viewer's "Date and Time" (en-US): `11/11/2022 6:34:10 AM`, or 24-hour. */
const usDateTime =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?/;
/** Day.month.year, as many European locales write it: `11.11.2022 06:34:10`. */
const dottedDateTime = /^(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?/;

function millis(fraction: string | undefined): number {
  return fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
}

function utcKey(
  year: string,
  month: string,
  day: string,
  hour: string | number,
  minute: string,
  second: string | undefined,
  fraction?: string,
): number | undefined {
  const key = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
    millis(fraction),
  );
  return Number.isNaN(key) || Number(month) > 12 || Number(day) > 31 ? undefined : key;
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** An ISO-8601 time anywhere in `text` (`2018-12-04T07:52:28.8611188Z`, `SystemTime` values). */
export function parseIsoTime(text: string): LogTime | undefined {
  const m = isoTime.exec(text);
  if (!m) return undefined;
  const [written, y, mo, d, h, mi, s, fraction, zone] = m;
  const key = utcKey(y!, mo!, d!, h!, mi!, s, fraction);
  if (key === undefined) return undefined;
  return zone
    ? { text: written, sortKey: key - offsetMinutes(zone) * 60_000, zone: 'utc' }
    : { text: written, sortKey: key, zone: 'none' };
}

/** Event Viewer's local "Date and Time" (`11/11/2022 6:34:10 AM`, `11.11.2022 06:34:10`). */
export function parseLocalDateTime(text: string): LogTime | undefined {
  const trimmed = text.trim();
  const us = usDateTime.exec(trimmed);
  if (us) {
    const [written, mo, d, y, h, mi, s, ampm] = us;
    let hour = Number(h);
    if (ampm) {
      const pm = ampm.toLowerCase() === 'p';
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    const key = utcKey(y!, mo!, d!, hour, mi!, s);
    return key === undefined ? undefined : { text: written, sortKey: key, zone: 'none' };
  }
  const dotted = dottedDateTime.exec(trimmed);
  if (dotted) {
    const [written, d, mo, y, h, mi, s] = dotted;
    const key = utcKey(y!, mo!, d!, h!, mi!, s);
    return key === undefined ? undefined : { text: written, sortKey: key, zone: 'none' };
  }
  return parseIsoTime(trimmed);
}

/**
 * The time at the start of a log line: WaAppAgent.log's `[00000013] [11/11/2022 06:34:12.06]`, or
 * an ISO-8601 time near the start (`2018-12-04T07:52:28.8611188Z [Error]: …`).
 */
export function parseLineTime(line: string): LogTime | undefined {
  const head = line.length > 80 ? line.slice(0, 80) : line;
  const agent = waAppAgentTime.exec(head);
  if (agent) {
    const [, mo, d, y, h, mi, s, fraction] = agent;
    const key = utcKey(y!, mo!, d!, h!, mi!, s, fraction);
    if (key !== undefined) {
      return { text: agent[0].slice(agent[0].indexOf('[', 1) + 1, -1), sortKey: key, zone: 'none' };
    }
  }
  const iso = parseIsoTime(head);
  if (iso && head.indexOf(iso.text) <= 32) return iso;
  return undefined;
}
