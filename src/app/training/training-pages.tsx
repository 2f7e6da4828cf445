import type { GuideModel } from '../../machine/guide-model';
import type { TrainingRouteKind } from '../routes/training-pages-loader';
import { ChecklistPage } from './checklist-page';
import { GlossaryRoutePage } from './glossary-route-page';
import { MapPage } from './map-page';
import { PracticeCasePage } from './practice-case-page';
import { PracticeListPage } from './practice-list-page';

/** Every training page, by kind. */

export function TrainingPageView({ guide, kind }: { guide: GuideModel; kind: TrainingRouteKind }) {
  switch (kind) {
    case 'map':
      return <MapPage guide={guide} />;
    case 'glossary':
      return <GlossaryRoutePage guide={guide} />;
    case 'checklist':
      return <ChecklistPage guide={guide} />;
    case 'practice':
      return <PracticeListPage guide={guide} />;
    case 'practice-case':
      return <PracticeCasePage guide={guide} />;
  }
}
