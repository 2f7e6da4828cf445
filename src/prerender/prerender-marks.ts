/**
 * The mark a prerendered page carries on `<html>` until the app has committed its first screen
 * (shared by the head guard, the page loader and the app): `fresh` when the markup is what the
 * app renders here (it hydrates it), `stale` when it is not (hidden; the app renders anew), and
 * `answered` when it is the step the app renders, but opened with answers or in a tab with a
 * case session: shown at once, with the parts the answers change kept out of sight
 * (`features/guide/components/prerender-hints.ts`); the app renders it anew.
 */
export const markAttribute = 'data-prerender';
export const freshMark = 'fresh';
export const staleMark = 'stale';
export const answeredMark = 'answered';
