import type { MDXContent } from 'mdx/types';
import { whenIdle } from '../../../lib/when-idle';

/**
 * The guide's content pages: one MDX file per step, named after the step id, each its own lazy
 * chunk. Loading is cached, and a loaded page can be read synchronously, so a prefetched step
 * renders on the first frame after a click.
 */

const pages = import.meta.glob<{ default: MDXContent }>(
  '../../../../content/extension-failures/*.mdx',
);

function idOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length);
}

const loaders = new Map(Object.entries(pages).map(([file, load]) => [idOf(file), load]));
const loading = new Map<string, Promise<MDXContent>>();
const loaded = new Map<string, MDXContent>();

/** The ids of every content page. */
export const contentIds: readonly string[] = [...loaders.keys()];

export function loadStepContent(id: string): Promise<MDXContent> {
  const pending = loading.get(id);
  if (pending) return pending;
  const load = loaders.get(id);
  if (!load) return Promise.reject(new Error(`No content page for step ${id}`));
  const promise = load().then((module) => {
    loaded.set(id, module.default);
    // Marked as React marks a promise it has read, so `use()` returns at once, without a
    // suspended frame, for a step that was prefetched.
    Object.assign(promise, { status: 'fulfilled', value: module.default });
    return module.default;
  });
  // A failed load (offline, a redeploy removed the chunk) may be retried later.
  promise.catch(() => loading.delete(id));
  loading.set(id, promise);
  return promise;
}

/** The page, if it has already loaded. */
export function loadedStepContent(id: string): MDXContent | undefined {
  return loaded.get(id);
}

/** Starts loading pages in the background, when the browser is idle. */
export function prefetchStepContent(ids: readonly string[]): void {
  whenIdle(() => ids.forEach((id) => void loadStepContent(id).catch(() => undefined)));
}
