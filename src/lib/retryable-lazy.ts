import { createElement, use, type ComponentType } from 'react';
import { createLoadCache } from './load-cache';

/**
 * `React.lazy` that can be retried: `React.lazy` keeps a failed load failed for the page's life,
 * so a chunk that failed once (offline) could never show until a reload. This one fails with a
 * `LoadError` (for an error boundary to explain), and loads again when rendered with a new
 * `attempt` (see `createLoadCache`).
 */
export function retryableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: string,
): ComponentType<P & { attempt?: string }> {
  const cache = createLoadCache<ComponentType<P>>();
  function RetryableLazy({ attempt, ...props }: P & { attempt?: string }) {
    const component = use(cache.load('component', load, what, attempt));
    return createElement(component, props as P);
  }
  return RetryableLazy;
}
