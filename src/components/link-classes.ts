/** The app's link looks, in one place (buttons: `button-classes.ts`). */

/** A link's colour, underline and hover, for a link that takes its weight from around it. */
export const linkLook =
  'text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-sky-300 dark:hover:text-sky-200';

/** A link in running text or on its own. */
export const linkClass = `font-medium ${linkLook}`;
