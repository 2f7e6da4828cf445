import type { MDXContent } from 'mdx/types';
import { guideRegistry } from '../../../guides/guide-registry';
import { guideSources } from '../../../guides/guide-sources';
import { createLoadCache } from '../../../lib/load-cache';
import { whenIdle } from '../../../lib/when-idle';

/**
 * A guide's content pages: one MDX file per step, named after the step id, each its own lazy
 * chunk. Loading is cached, and a loaded page can be read synchronously, so a prefetched step
 * renders on the first frame after a click. A failed load stays failed until a new attempt is
 * named (see `createLoadCache`): a render never starts one by itself.
 */

const pages = createLoadCache<MDXContent>();

/** The module key of a step's page: `<guide folder>/pages/<step id>.mdx`. */
export function stepPageFile(guideId: string, stepId: string): string | undefined {
  const entry = guideRegistry.guideById(guideId);
  return entry ? `${entry.folder}/pages/${stepId}.mdx` : undefined;
}

/**
 * The step's page: the same promise every time, a failed one too (a `LoadError`), unless
 * `attempt` names a new attempt (a navigation's location key, a retry).
 */
export function loadStepContent(
  guideId: string,
  stepId: string,
  attempt?: string,
): Promise<MDXContent> {
  const file = stepPageFile(guideId, stepId);
  const load = file ? guideSources.pages[file] : undefined;
  if (!load) return Promise.reject(new Error(`No content page for step ${stepId}`));
  return pages.load(
    `${guideId}/${stepId}`,
    () => load().then((module) => module.default),
    `the page of step ${stepId}`,
    attempt,
  );
}

/** The page, if it has already loaded. */
export function loadedStepContent(guideId: string, stepId: string): MDXContent | undefined {
  return pages.loaded(`${guideId}/${stepId}`);
}

/** Starts loading pages in the background, when the browser is idle. */
export function prefetchStepContent(guideId: string, stepIds: readonly string[]): void {
  whenIdle(() =>
    stepIds.forEach((id) => void loadStepContent(guideId, id, 'prefetch').catch(() => undefined)),
  );
}
