import type { EventRecord } from './event-record';
import type { LogSource } from '../../machine/guide-signatures';

/**
 * Which Windows log an event belongs to. The TSG's event is in the Application log; Event ID 4689
 * in the Security log is another event altogether ("A process has exited"), so the log matters as
 * much as the id. In order: the log the event names, the log its source always writes to, the
 * log the export's file is named after.
 */

export type WindowsLog = 'Application' | 'System' | 'Security';

const logSources: Record<WindowsLog, LogSource> = {
  Application: 'application-log',
  System: 'system-log',
  Security: 'security-log',
};

/**
 * Event sources that write to one log only. COM+ registers its event source under the
 * Application log; security auditing writes only to the Security log.
 */
const logOfProvider: Record<string, WindowsLog> = {
  'com+': 'Application',
  'microsoft-windows-security-auditing': 'Security',
  'microsoft-windows-eventlog': 'System',
};

function windowsLog(name: string | undefined): WindowsLog | undefined {
  const lower = name?.trim().toLowerCase();
  if (lower === 'application') return 'Application';
  if (lower === 'system') return 'System';
  if (lower === 'security') return 'Security';
  return undefined;
}

/** The log an export's file name names: `Application.xml`, `app-log.csv`, `System_events.txt`. */
export function logFromFileName(path: string): WindowsLog | undefined {
  const name = path.split(/[\\/]/).pop()!.toLowerCase();
  if (/(^|[^a-z])(application|app)([^a-z]|$)/.test(name)) return 'Application';
  if (/(^|[^a-z])(security|sec)([^a-z]|$)/.test(name)) return 'Security';
  if (/(^|[^a-z])(system|sys)([^a-z]|$)/.test(name)) return 'System';
  return undefined;
}

export function eventLogSource(record: EventRecord, fileLog: WindowsLog | undefined): LogSource {
  if (record.logName !== undefined) {
    const named = windowsLog(record.logName);
    return named ? logSources[named] : 'other-event-log';
  }
  const byProvider = record.provider ? logOfProvider[record.provider.toLowerCase()] : undefined;
  const log = byProvider ?? fileLog;
  return log ? logSources[log] : 'other-event-log';
}
