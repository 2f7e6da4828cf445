/**
 * A stamp orders every change made to a case session, across tabs: `<ISO time>|<counter>|<tab id>`.
 * Compared as plain strings, a later stamp is greater. A tab's next stamp is later than every
 * stamp it has seen (a hybrid logical clock), so a change made after seeing another one always
 * sorts after it, even within one millisecond or when the clock steps back. Two tabs' changes in
 * the same millisecond are ordered by their counters, then by tab id: arbitrary, but the same for
 * everyone who reads them.
 */

/** The stamp of a field that was never changed: earlier than every stamp. */
export const noStamp = '';

const counterWidth = 6;

interface StampParts {
  ms: number;
  counter: number;
}

function parts(stamp: string): StampParts | undefined {
  const [iso, counter] = stamp.split('|');
  const ms = iso === undefined ? NaN : Date.parse(iso);
  const n = Number(counter);
  if (Number.isNaN(ms) || !Number.isSafeInteger(n)) return undefined;
  return { ms, counter: n };
}

/** Whether a string is a stamp made by `nextStamp`. */
export function isStamp(value: string): boolean {
  const [iso, counter, tab] = value.split('|');
  return (
    iso !== undefined &&
    counter !== undefined &&
    tab !== undefined &&
    tab !== '' &&
    counter.length === counterWidth &&
    /^\d+$/.test(counter) &&
    !Number.isNaN(Date.parse(iso)) &&
    new Date(Date.parse(iso)).toISOString() === iso
  );
}

/** The next stamp for `tab`: later than `latestSeen` and than any earlier stamp of this tab. */
export function nextStamp(latestSeen: string, now: Date, tab: string): string {
  const seen = parts(latestSeen);
  let ms = now.getTime();
  let counter = 0;
  if (seen && seen.ms >= ms) {
    ms = seen.ms;
    counter = seen.counter + 1;
  }
  return `${new Date(ms).toISOString()}|${String(counter).padStart(counterWidth, '0')}|${tab}`;
}

/** The ISO time of a stamp (an empty string for `noStamp`). */
export function stampTime(stamp: string): string {
  return stamp.split('|')[0] ?? '';
}

/** The tab that made a stamp. */
export function stampTab(stamp: string): string {
  return stamp.split('|')[2] ?? '';
}

export function laterStamp(a: string, b: string): string {
  return a > b ? a : b;
}
