import type { RouteObject } from 'react-router';
import type { GuideManifest } from '../../machine/guide-definition';
import { RouteErrorBoundary } from './route-error-boundary';
import { TrainingRoute } from './training-route';
import type { TrainingRouteKind } from './training-pages-loader';

/** A guide's training pages' routes (the paths `npm run check:guides` reserves for them). */
export function trainingRoutes(manifest: Pick<GuideManifest, 'id' | 'basePath'>): RouteObject[] {
  const route = (path: string, kind: TrainingRouteKind): RouteObject => ({
    path: `${manifest.basePath}/${path}`,
    element: <TrainingRoute guideId={manifest.id} kind={kind} />,
    errorElement: <RouteErrorBoundary />,
  });
  return [
    route('map', 'map'),
    route('glossary', 'glossary'),
    route('checklist', 'checklist'),
    route('practice', 'practice'),
    route('practice/:caseId/*', 'practice-case'),
  ];
}
