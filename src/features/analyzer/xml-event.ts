import type { EventRecord } from './event-record';
import { parseIsoTime } from './log-time';

/**
 * One `<Event>` element of an Event Viewer XML export ("Save all events as…", XML), or of an
 * event's XML view: `System/EventID`, `Provider`, `Channel`, `TimeCreated`, the `EventData` (or
 * `UserData`) values, and `RenderingInfo/Message` when the export has it.
 */

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

const eventIdPattern = /<EventID(?:\s[^>]*)?>\s*(\d+)\s*<\/EventID>/;
const providerPattern = /<Provider\s[^>]*?Name\s*=\s*(['"])(.*?)\1/;
const eventSourcePattern = /EventSourceName\s*=\s*(['"])(.*?)\1/;
const channelPattern = /<Channel>([^<]*)<\/Channel>/;
const timePattern = /<TimeCreated\s[^>]*?SystemTime\s*=\s*(['"])(.*?)\1/;
const messagePattern = /<Message>([\s\S]*?)<\/Message>/;
const dataPattern = /<Data(?:\s[^>]*)?>([\s\S]*?)<\/Data>/g;
const userDataValuePattern = /<UserData>([\s\S]*?)<\/UserData>/;

/**
 * The event in an `<Event>` element. Its id, source and log are read at once (from `<System>`);
 * its time and text only when asked for, as most events are passed over on their id and log
 * alone (a Security log export is thousands of Event 4689).
 */
export function parseXmlEvent(xml: string): EventRecord {
  const systemEnd = xml.indexOf('</System>');
  const system = systemEnd === -1 ? xml : xml.slice(0, systemEnd);
  const id = eventIdPattern.exec(system)?.[1];
  const provider = eventSourcePattern.exec(system)?.[2] ?? providerPattern.exec(system)?.[2];
  const channel = channelPattern.exec(system)?.[1];
  let body: { message: string; text: string } | undefined;
  const readBody = () => (body ??= xmlEventText(xml));
  return {
    eventId: id === undefined ? undefined : Number(id),
    provider: provider === undefined ? undefined : unescapeXml(provider),
    logName: channel === undefined ? undefined : unescapeXml(channel.trim()),
    get time() {
      const time = timePattern.exec(system)?.[2];
      return time ? parseIsoTime(time) : undefined;
    },
    get message() {
      return readBody().message;
    },
    get text() {
      return readBody().text;
    },
  };
}

function xmlEventText(xml: string): { message: string; text: string } {
  const message = messagePattern.exec(xml)?.[1];
  const data: string[] = [];
  for (const m of xml.matchAll(dataPattern)) {
    const value = unescapeXml(m[1]!.trim());
    if (value) data.push(value);
  }
  const userData = userDataValuePattern.exec(xml)?.[1];
  if (userData) {
    data.push(
      unescapeXml(
        userData
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );
  }
  const shown = message !== undefined ? unescapeXml(message.trim()) : data.join('\n');
  return { message: shown, text: message !== undefined ? [shown, ...data].join('\n') : shown };
}

/**
 * The start of the `<Event>` element that contains `position`, or -1. Skips `<EventID>`,
 * `<EventData>`, `<EventRecordID>` and the `<Events>` root.
 */
export function xmlEventStart(text: string, position: number): number {
  let at = text.lastIndexOf('<Event', position);
  while (at !== -1) {
    const next = text.charCodeAt(at + 6);
    // '>' or whitespace: the element itself.
    if (next === 62 || next === 32 || next === 9 || next === 10 || next === 13) return at;
    at = at === 0 ? -1 : text.lastIndexOf('<Event', at - 1);
  }
  return -1;
}

export const xmlEventEnd = '</Event>';
