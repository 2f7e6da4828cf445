import { maxNoteLength, type JsonValue } from './session-record';
import type { IntentEnvelope, Position, SessionIntent } from './session-intents';
import { isStamp } from './session-stamp';

/**
 * A tab's journal: the intents one tab (one writer, one page load) sent to one session, under a
 * key only that tab writes. Stored as `{ journal: 1, session, tab, entries }`. Read back from
 * storage, a journal is untrusted: an entry that is not a well-formed intent is left out.
 */

export const journalKeyPrefix = 'tsg-wizard:journal:';

/** Session and tab ids never contain a colon (`crypto.randomUUID()`), so the key splits back. */
export function journalKey(sessionId: string, tab: string): string {
  return `${journalKeyPrefix}${sessionId}:${tab}`;
}

/** The session id in a journal key, or undefined for another key. */
export function journalSessionId(key: string): string | undefined {
  if (!key.startsWith(journalKeyPrefix)) return undefined;
  const rest = key.slice(journalKeyPrefix.length);
  const colon = rest.lastIndexOf(':');
  return colon > 0 ? rest.slice(0, colon) : undefined;
}

export interface Journal {
  session: string;
  tab: string;
  entries: IntentEnvelope[];
}

export function serializeJournal(journal: Journal): string {
  return JSON.stringify({ journal: 1, ...journal });
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';

function position(value: unknown): Position | undefined {
  if (!isRecord(value) || !isString(value.stepId)) return undefined;
  if (value.returnTo !== undefined && !isString(value.returnTo)) return undefined;
  return value.returnTo
    ? { stepId: value.stepId, returnTo: value.returnTo }
    : { stepId: value.stepId };
}

/** A well-formed intent, or undefined. */
export function parseIntent(value: unknown): SessionIntent | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'answered': {
      const to = position(value.to);
      if (!isString(value.stepId) || !isString(value.value) || !to) return undefined;
      return { type: 'answered', stepId: value.stepId, value: value.value, to };
    }
    case 'moved': {
      const to = position(value.to);
      return to ? { type: 'moved', to } : undefined;
    }
    case 'checked':
      if (!isString(value.checklistId) || !isString(value.itemId)) return undefined;
      if (typeof value.checked !== 'boolean') return undefined;
      return {
        type: 'checked',
        checklistId: value.checklistId,
        itemId: value.itemId,
        checked: value.checked,
      };
    case 'noted':
      if (!isString(value.stepId) || !isString(value.text)) return undefined;
      if (value.text.length > maxNoteLength) return undefined;
      return { type: 'noted', stepId: value.stepId, text: value.text };
    case 'renamed': {
      const { caseNumber, label } = value;
      if (caseNumber !== undefined && !isString(caseNumber)) return undefined;
      if (label !== undefined && !isString(label)) return undefined;
      return {
        type: 'renamed',
        ...(caseNumber !== undefined ? { caseNumber } : {}),
        ...(label !== undefined ? { label } : {}),
      };
    }
    case 'evidence-kept':
      if (!isString(value.evidenceId) || !isString(value.stepId) || !isString(value.kind)) {
        return undefined;
      }
      if (!Object.hasOwn(value, 'data')) return undefined;
      return {
        type: 'evidence-kept',
        evidenceId: value.evidenceId,
        stepId: value.stepId,
        kind: value.kind,
        // Parsed from JSON, so it is JSON.
        data: value.data as JsonValue | null,
      };
    default:
      return undefined;
  }
}

function parseEnvelope(value: unknown, tab: string): IntentEnvelope | undefined {
  if (!isRecord(value) || value.tab !== tab) return undefined;
  const { seq, stamp, seen } = value;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return undefined;
  if (!isString(stamp) || !isStamp(stamp) || !isString(seen)) return undefined;
  const intent = parseIntent(value.intent);
  return intent ? { tab, seq, stamp, seen, intent } : undefined;
}

/** A stored journal, or undefined when it is not one. */
export function parseJournal(raw: string): Journal | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data.journal !== 1) return undefined;
  const { session, tab, entries } = data;
  if (!isString(session) || !isString(tab) || !Array.isArray(entries)) return undefined;
  return {
    session,
    tab,
    entries: entries
      .map((entry: unknown) => parseEnvelope(entry, tab))
      .filter((entry): entry is IntentEnvelope => entry !== undefined),
  };
}
