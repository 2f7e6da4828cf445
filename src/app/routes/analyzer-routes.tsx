import type { RouteObject } from 'react-router';
import { analyzerSegment } from '../../features/analyzer/analyzer-links';
import type { GuideManifest } from '../../machine/guide-definition';
import { LazyAnalyzerRoute } from './lazy-analyzer-route';
import { RouteErrorBoundary } from './route-error-boundary';

/** A guide's log analyzer, at `<base path>/analyze` (every guide: one without signatures says so). */
export function analyzerRoute(manifest: Pick<GuideManifest, 'id' | 'basePath'>): RouteObject {
  return {
    path: `${manifest.basePath}/${analyzerSegment}`,
    element: <LazyAnalyzerRoute guideId={manifest.id} />,
    errorElement: <RouteErrorBoundary />,
  };
}
