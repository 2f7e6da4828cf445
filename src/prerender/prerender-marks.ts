/**
 * The mark a prerendered page carries on `<html>` until the app has committed its first screen
 * (shared by the head guard, the page loader and the app): `fresh` when the markup is what the
 * app renders here (it hydrates it), `stale` when it is not (hidden; the app renders anew).
 */
export const markAttribute = 'data-prerender';
export const freshMark = 'fresh';
export const staleMark = 'stale';
