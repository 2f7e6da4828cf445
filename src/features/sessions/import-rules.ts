import { bookkeeping } from './apply-intent';
import type { CaseSession } from './session-record';

/**
 * What importing a session from an export file does to the copy here, if any (ADR 006, "Export
 * and import"). Sessions are matched by id (a random UUID: the same id is the same session,
 * copied). Every write of a record raises its `revision` by one and sets its `updatedAt`, so a
 * copy made from another, then changed, is later on both counts. The imported copy replaces the
 * one here only when it is later on both; a copy that is earlier, the same, or later on one count
 * only (both copies changed since they parted) leaves the one here as it is.
 */

export type ImportSkipReason =
  /** The copy here was changed after the imported one. */
  | 'newer-here'
  /** The same copy is already here. */
  | 'same-here'
  /** Both copies were changed since they parted: the one here is kept. */
  | 'both-changed'
  /** A record with this id is stored here but cannot be read: it is left as it is. */
  | 'unreadable-here';

export type ImportDecision =
  { action: 'add' } | { action: 'replace' } | { action: 'skip'; reason: ImportSkipReason };

/** `here`: the session as this browser shows it (journals applied), or undefined when absent. */
export function importDecision(
  here: CaseSession | undefined,
  incoming: CaseSession,
): ImportDecision {
  if (!here) return { action: 'add' };
  const [hereMs, incomingMs] = [Date.parse(here.updatedAt), Date.parse(incoming.updatedAt)];
  if (incomingMs < hereMs) return { action: 'skip', reason: 'newer-here' };
  if (incomingMs === hereMs) {
    if (incoming.revision === here.revision) return { action: 'skip', reason: 'same-here' };
    return incoming.revision < here.revision
      ? { action: 'skip', reason: 'newer-here' }
      : { action: 'skip', reason: 'both-changed' };
  }
  if (incoming.revision < here.revision) return { action: 'skip', reason: 'both-changed' };
  return { action: 'replace' };
}

/**
 * The record that replaces `stored` (the record as stored here) with `incoming`. Its revision is
 * above the stored one, so a tab that read the old record cannot save over it (its save is
 * refused and folded again). This browser's journal entries already in the old record are marked
 * as folded in the new one too, so they are not applied again; an entry not folded yet (a change
 * made here a moment ago) is applied to the imported copy by the usual rules.
 */
export function replacementRecord(stored: CaseSession, incoming: CaseSession): CaseSession {
  const sync = bookkeeping(incoming);
  const folded = { ...sync.folded };
  for (const [tab, seq] of Object.entries(stored.sync?.folded ?? {})) {
    folded[tab] = Math.max(folded[tab] ?? 0, seq);
  }
  return {
    ...incoming,
    revision: Math.max(incoming.revision, stored.revision + 1),
    sync: { ...sync, folded },
  };
}
