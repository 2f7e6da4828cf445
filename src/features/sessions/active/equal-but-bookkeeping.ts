import type { CaseSession } from '../session-record';

/**
 * Whether two copies of a session show the same on every screen: equal but for the record's
 * bookkeeping: its revision, which journal entries it has folded (no screen reads either), and
 * its write time (`updatedAt`: the store sets it when it writes the fold, milliseconds after the
 * change it holds; the case note's "updated" time stays the change's). A session
 * read back after the writer folded its journals is such a copy: keeping the one shown spares
 * every screen a render that would change nothing. (Copies built in another key order compare
 * unequal: one render too many, never one too few.)
 */
export function equalButBookkeeping(a: CaseSession | null, b: CaseSession | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify(forScreens(a)) === JSON.stringify(forScreens(b));
}

function forScreens(session: CaseSession) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { revision, updatedAt, sync, ...shown } = session;
  // The field stamps are read (what a change builds on); which journal entries are folded is not.
  return sync ? { ...shown, stamps: sync.stamps, startAnswers: sync.startAnswers } : shown;
}
