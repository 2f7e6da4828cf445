/**
 * Reloading the page without losing what was typed: what is typed but not yet saved (a note
 * whose save waits for a pause in typing) registers a flush here, and every reload the app
 * starts (to a new version) runs them first. They run on `pagehide` too, so a reload or a
 * closed tab the app did not start loses nothing either.
 */

const flushes = new Set<() => void>();
let listening = false;

export function flushPendingSaves(): void {
  for (const flush of [...flushes]) {
    try {
      flush();
    } catch {
      // One failed save must not keep the others from running.
    }
  }
}

/** Registers a save to run before the page goes; returns its removal. */
export function onBeforeReload(flush: () => void): () => void {
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    window.addEventListener('pagehide', flushPendingSaves);
  }
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

const reloadedAtKey = 'tsg-wizard:reloaded-for-update';
/** A second reload for a new version this soon after one means it did not help: stop there. */
const reloadLoopMs = 60_000;

/**
 * Loads the page again (or `href`, on this origin) to get the deployed version, saving what is
 * pending first. Refused (returns `false`) when the page was reloaded for a new version less
 * than a minute ago, so a host that keeps failing cannot make the tab reload forever; the
 * caller then offers a Reload button (`reloadPage`).
 */
export function reloadForUpdate(href?: string): boolean {
  const now = Date.now();
  try {
    const last = Number(sessionStorage.getItem(reloadedAtKey));
    if (last && now - last < reloadLoopMs) return false;
    sessionStorage.setItem(reloadedAtKey, String(now));
  } catch {
    // No storage: no loop guard either; reload once anyway.
  }
  reloadPage(href);
  return true;
}

/** Saves what is pending, then loads the page again (or `href`). */
export function reloadPage(href?: string): void {
  flushPendingSaves();
  if (href) window.location.assign(href);
  else window.location.reload();
}
