import { createLoadCache } from '../../lib/load-cache';

type AnalyzerRouteModule = typeof import('./analyzer-route');
const chunk = createLoadCache<AnalyzerRouteModule>();

/**
 * The analyzer page's chunk: the same promise every time, a failed one too (offline, a redeploy
 * removed it), unless `attempt` names a new attempt (see `createLoadCache`), so a render never
 * starts the load again. The page, its panel and the guide's signatures load only when it is
 * opened; the worker that reads the logs is a file of its own, started with the page.
 */
export function loadAnalyzerRoute(attempt?: string): Promise<AnalyzerRouteModule> {
  return chunk.load('analyzer', () => import('./analyzer-route'), 'the log analyzer', attempt);
}

/** Whether the analyzer page's chunk has loaded. */
export function isAnalyzerRouteLoaded(): boolean {
  return chunk.loaded('analyzer') !== undefined;
}
