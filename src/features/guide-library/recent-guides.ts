/**
 * The guides this browser opened last (`localStorage`, newest first, ids only): the home page
 * lists them first. Not case data, just an order: anything unreadable reads as none.
 */

export const recentGuidesKey = 'tsg-wizard:recent-guides';
/** How many guides are remembered. */
const kept = 20;

/** The browser's storage, or none where it is blocked (reading `localStorage` can throw). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function readRecentGuides(storage: Pick<Storage, 'getItem'>): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(recentGuidesKey) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((id): id is string => typeof id === 'string').slice(0, kept)
      : [];
  } catch {
    return [];
  }
}

/** The list with `id` first, once, and at most `kept` long. */
export function withGuideUsed(recent: readonly string[], id: string): string[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, kept);
}

/** Remembers that the guide was opened; a browser that refuses keeps the order it had. */
export function rememberGuideUsed(storage: Pick<Storage, 'getItem' | 'setItem'>, id: string) {
  const recent = readRecentGuides(storage);
  if (recent[0] === id) return;
  try {
    storage.setItem(recentGuidesKey, JSON.stringify(withGuideUsed(recent, id)));
  } catch {
    // Storage full or blocked: the home page lists the guides by title.
  }
}

/** The guides in the order the home page lists them: recently opened first, then by title. */
export function recentFirst<T extends { manifest: { id: string; title: string } }>(
  guides: readonly T[],
  recent: readonly string[],
): T[] {
  const rank = (id: string) => {
    const at = recent.indexOf(id);
    return at === -1 ? recent.length : at;
  };
  return [...guides].sort(
    (a, b) =>
      rank(a.manifest.id) - rank(b.manifest.id) || a.manifest.title.localeCompare(b.manifest.title),
  );
}
