import type { StorageLike } from './session-store';

/**
 * Which case session this tab works on: a pointer in `sessionStorage`, honoured only by the tab
 * that set it by starting or resuming the session.
 *
 * Browsers copy `sessionStorage` into a tab opened from this one (`window.open`, a link opened in
 * a new tab); such a tab must not take the session over and write through it. So the pointer
 * carries a token that is also kept in this tab's `window.name`, which survives reloads of the
 * same tab but is not copied into a new one. A pointer whose token is not this tab's is ignored
 * and removed. (A pointer from before the token, a bare id, is ignored too: Resume sets a new one.)
 */

export interface TabPointerEnv {
  /** `sessionStorage`, or null where it cannot be used. */
  storage: StorageLike | null;
  windowName: { get(): string; set(name: string): void };
  newToken: () => string;
}

/** The same key as before the token, so the prerendered pages' head script still sees it. */
export const tabPointerKey = 'tsg-wizard:active-session';
const namePrefix = 'tsg-wizard-tab:';

function tokenOfThisTab(env: TabPointerEnv): string | undefined {
  const name = env.windowName.get();
  return name.startsWith(namePrefix) ? name.slice(namePrefix.length) : undefined;
}

function parse(raw: string): { session: string; token: string } | undefined {
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return undefined;
    const { session, token } = data as { session?: unknown; token?: unknown };
    return typeof session === 'string' && typeof token === 'string' && session && token
      ? { session, token }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The session this tab started or resumed, or null (a copied or old pointer is dropped). */
export function readTabPointer(env: TabPointerEnv): string | null {
  try {
    const raw = env.storage?.getItem(tabPointerKey) ?? null;
    if (raw === null) return null;
    const pointer = parse(raw);
    if (pointer && pointer.token === tokenOfThisTab(env)) return pointer.session;
    env.storage?.removeItem(tabPointerKey);
    return null;
  } catch {
    return null;
  }
}

/** Points this tab at a session it starts or resumes (null: at none). */
export function setTabPointer(env: TabPointerEnv, sessionId: string | null): void {
  try {
    if (sessionId === null) {
      env.storage?.removeItem(tabPointerKey);
      return;
    }
    let token = tokenOfThisTab(env);
    if (!token) {
      token = env.newToken();
      env.windowName.set(`${namePrefix}${token}`);
    }
    env.storage?.setItem(tabPointerKey, JSON.stringify({ session: sessionId, token }));
  } catch {
    // The tab forgets its session on reload; the session itself is saved.
  }
}
