/**
 * Reloading the page to get the deployed version. Nothing typed is lost: a reload (the app's or
 * the engineer's) fires `pagehide`, on which the page's session writer writes every note still
 * waiting for a pause in typing (`features/sessions/active/browser-writer-env.ts`).
 */

const reloadedAtKey = 'tsg-wizard:reloaded-for-update';
/** A second reload for a new version this soon after one means it did not help: stop there. */
const reloadLoopMs = 60_000;

/**
 * Loads the page again (or `href`, on this origin) to get the deployed version. Refused (returns
 * `false`) when the page was reloaded for a new version less
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

/** Loads the page again (or `href`). */
export function reloadPage(href?: string): void {
  if (href) window.location.assign(href);
  else window.location.reload();
}
