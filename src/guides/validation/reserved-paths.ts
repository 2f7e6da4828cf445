/**
 * URL paths a guide cannot take, because the app uses them: keep these in step with
 * `src/app/routes.tsx` (the validator also reads the routes it declares).
 */

/** App pages outside any guide (a guide's base path must not be one of them). */
export const reservedAppPaths: readonly string[] = ['/search', '/assets', '/offline'];

/** Sub-paths of a guide's base path the app uses (a step's path must not start with one). */
export const reservedStepSegments: readonly string[] = [
  'analyze',
  'map',
  'practice',
  'glossary',
  'checklist',
];

/** Query parameters of a guide link that are not answers (`features/guide/links/guide-query.ts`). */
export const reservedQueryKeys: readonly string[] = ['v', 'return'];

/** Step ids, option values, guide ids: lowercase words joined by hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
