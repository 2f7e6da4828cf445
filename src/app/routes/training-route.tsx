import { use } from 'react';
import { guideRegistry } from '../../guides/guide-registry';
import { loadTrainingPages, type TrainingRouteKind } from './training-pages-loader';

/** One of a guide's training pages, once their chunk has loaded. */
export function TrainingRoute({ guideId, kind }: { guideId: string; kind: TrainingRouteKind }) {
  const guide = use(guideRegistry.loadGuide(guideId));
  const { TrainingPageView } = use(loadTrainingPages());
  return <TrainingPageView guide={guide} kind={kind} />;
}
