import { use } from 'react';
import { loadAnalyzerRoute } from './analyzer-route-loader';

/** The log analyzer's page, once its chunk has loaded (`loadAnalyzerRoute`). */
export function LazyAnalyzerRoute({ guideId }: { guideId: string }) {
  const { AnalyzerRoute } = use(loadAnalyzerRoute());
  return <AnalyzerRoute guideId={guideId} />;
}
