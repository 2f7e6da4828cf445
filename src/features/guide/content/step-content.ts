import type { MDXContent } from 'mdx/types';
import { guideRegistry, markSettled } from '../../../guides/guide-registry';
import { guideSources } from '../../../guides/guide-sources';
import { whenIdle } from '../../../lib/when-idle';

/**
 * A guide's content pages: one MDX file per step, named after the step id, each its own lazy
 * chunk. Loading is cached, and a loaded page can be read synchronously, so a prefetched step
 * renders on the first frame after a click.
 */

const loading = new Map<string, Promise<MDXContent>>();
const loaded = new Map<string, MDXContent>();

/** The module key of a step's page: `<guide folder>/pages/<step id>.mdx`. */
export function stepPageFile(guideId: string, stepId: string): string | undefined {
  const entry = guideRegistry.guideById(guideId);
  return entry ? `${entry.folder}/pages/${stepId}.mdx` : undefined;
}

export function loadStepContent(guideId: string, stepId: string): Promise<MDXContent> {
  const key = `${guideId}/${stepId}`;
  const pending = loading.get(key);
  if (pending) return pending;
  const file = stepPageFile(guideId, stepId);
  const load = file ? guideSources.pages[file] : undefined;
  if (!load) return Promise.reject(new Error(`No content page for step ${stepId}`));
  const promise = markSettled(
    load().then((module) => {
      loaded.set(key, module.default);
      return module.default;
    }),
  );
  // A failed load (offline, a redeploy removed the chunk) may be retried later.
  promise.catch(() => loading.delete(key));
  loading.set(key, promise);
  return promise;
}

/** The page, if it has already loaded. */
export function loadedStepContent(guideId: string, stepId: string): MDXContent | undefined {
  return loaded.get(`${guideId}/${stepId}`);
}

/** Starts loading pages in the background, when the browser is idle. */
export function prefetchStepContent(guideId: string, stepIds: readonly string[]): void {
  whenIdle(() => stepIds.forEach((id) => void loadStepContent(guideId, id).catch(() => undefined)));
}
