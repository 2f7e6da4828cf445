import { lazy } from 'react';

/**
 * The analyzer's page: it, its panel and the guide's signatures load only when it is opened; the
 * worker that reads the logs is a file of its own, started with the page.
 */
export const LazyAnalyzerRoute = lazy(() =>
  import('./analyzer-route').then((m) => ({ default: m.AnalyzerRoute })),
);
