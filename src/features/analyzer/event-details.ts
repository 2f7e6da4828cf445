import type { EventRecord } from './event-record';
import { parseLocalDateTime } from './log-time';

/**
 * An event copied from Event Viewer with "Copy details as text" (or its General tab):
 *
 *     Log Name:      Application
 *     Source:        COM+
 *     Date:          11/11/2022 6:34:10 AM
 *     Event ID:      4689
 *     …
 *     Description:
 *     The run-time environment has detected …
 *     Event Xml:
 *     <Event …>
 */

export const detailsRecordStart = 'Log Name:';

function field(block: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:[ \\t]*(.*?)\\r?$`, 'm').exec(block);
  return m?.[1]?.trim();
}

export function parseEventDetails(block: string): EventRecord {
  const id = field(block, 'Event ID');
  const date = field(block, 'Date');
  const descriptionAt = /^Description:[ \t]*\r?$/m.exec(block);
  let message = '';
  if (descriptionAt) {
    const rest = block.slice(descriptionAt.index + descriptionAt[0].length);
    const xmlAt = /^Event Xml:/m.exec(rest);
    message = (xmlAt ? rest.slice(0, xmlAt.index) : rest).replace(/\r\n/g, '\n').trim();
  }
  return {
    eventId: id && /^\d+$/.test(id) ? Number(id) : undefined,
    provider: field(block, 'Source'),
    logName: field(block, 'Log Name'),
    time: date ? parseLocalDateTime(date) : undefined,
    message,
    text: message,
  };
}
