/**
 * Marks on a step's markup for a prerendered page opened with answers (or in a tab with a case
 * session): the page is shown at once as it was built, the step opened on its own, with these
 * parts kept out of sight until the app renders the step as the link has it. The heading and the
 * TSG's content are the same either way, so they paint first and do not move.
 * (`src/prerender/page-scripts.ts` writes the stylesheet rules that read them.)
 */
export const prerenderHintAttribute = 'data-prerender-hint';
/** Shown only for a step opened on its own (the reference notice): not laid out meanwhile. */
export const referenceOnlyHint = 'reference-only';
/** Different once the answers are applied (progress, the side column): laid out, not shown. */
export const answerDependentHint = 'answer-dependent';
