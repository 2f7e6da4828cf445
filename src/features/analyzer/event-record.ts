import type { LogTime } from './log-time';

/** One event of a Windows event log, as read from an export. */
export interface EventRecord {
  eventId?: number;
  /** The event's source ("COM+", "Microsoft-Windows-Security-Auditing"). */
  provider?: string;
  /** The log the record itself names (XML `Channel`, "Log Name:"), if it does. */
  logName?: string;
  time?: LogTime;
  /** The description, as Event Viewer shows it (or the event's data when it has none). */
  message: string;
  /** What the signatures read: the description and the event's data fields. */
  text: string;
}
