import { whenIdle } from './when-idle';

/** The user's input that counts as being busy with the page. */
const busyEvents = ['pointerdown', 'keydown'] as const;

export interface QuietOptions {
  /** How long without input counts as a pause. */
  quietMs?: number;
  /** The work runs by then anyway, busy or not. */
  latestMs?: number;
  /** Where input is heard (the window). */
  target?: EventTarget;
}

/**
 * Runs background work once the engineer pauses (no click or key for `quietMs`), when the
 * browser is idle, and at the latest after `latestMs`: for work that would otherwise compete with
 * someone clicking through steps (the service worker's install downloads the whole build, ~2 MB,
 * which slowed every click made meanwhile by a third on a 2-core machine). Returns a cancel
 * function.
 */
export function whenQuiet(
  work: () => void,
  { quietMs = 2000, latestMs = 15_000, target = window }: QuietOptions = {},
): () => void {
  let cancelIdle: (() => void) | undefined;
  let quiet = setTimeout(fire, quietMs);
  const latest = setTimeout(fire, latestMs);
  function busy() {
    clearTimeout(quiet);
    quiet = setTimeout(fire, quietMs);
  }
  function stop() {
    clearTimeout(quiet);
    clearTimeout(latest);
    for (const type of busyEvents) target.removeEventListener(type, busy, { capture: true });
  }
  function fire() {
    stop();
    cancelIdle = whenIdle(work);
  }
  for (const type of busyEvents)
    target.addEventListener(type, busy, { capture: true, passive: true });
  return () => {
    stop();
    cancelIdle?.();
  };
}
