import type { MDXContent } from 'mdx/types';
import { guideRegistry } from '../../../guides/guide-registry';
import { createLoadCache } from '../../../lib/load-cache';
import { whenIdle } from '../../../lib/when-idle';

/**
 * A guide's content pages: one MDX file per step, named after the step id, each its own lazy
 * chunk (listed by the guide's bundle). Loading is cached, and a loaded page can be read synchronously, so a prefetched step
 * renders on the first frame after a click. A failed load stays failed until a new attempt is
 * named (see `createLoadCache`): a render never starts one by itself.
 */

const pages = createLoadCache<MDXContent>();

/**
 * The step's page: the same promise every time, a failed one too (a `LoadError`), unless
 * `attempt` names a new attempt (a navigation's location key, a retry).
 */
export function loadStepContent(
  guideId: string,
  stepId: string,
  attempt?: string,
): Promise<MDXContent> {
  return pages.load(
    `${guideId}/${stepId}`,
    async () => {
      const load = (await guideRegistry.loadBundle(guideId, attempt)).pages[stepId];
      if (!load) throw new Error(`No content page for step ${stepId}`);
      return load();
    },
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
