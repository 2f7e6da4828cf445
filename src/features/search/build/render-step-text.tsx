import { renderToStaticMarkup } from 'react-dom/server';
import { ChecklistStateContext, type ChecklistState } from '../../../components/checklist-state';
import type { GuideModel } from '../../../machine/guide-model';
import { GuideModelContext } from '../../guide/components/guide-model-context';
import { StepContentView } from '../../guide/components/step-content-view';
import { loadStepContent } from '../../guide/content/step-content';
import { htmlToBlocks } from './html-to-blocks';

/** Checklists as a reference view shows them: nothing ticked, and no note about saving ticks. */
const unticked: ChecklistState = { checkedAt: () => undefined, toggle: () => undefined };

/**
 * The text a step's content page shows, block by block, rendered with the app's own content
 * components (build time only: it renders with `react-dom/server`).
 */
export async function renderStepText(guide: GuideModel, stepId: string): Promise<string[]> {
  await loadStepContent(guide.manifest.id, stepId);
  const html = renderToStaticMarkup(
    <GuideModelContext.Provider value={guide}>
      <ChecklistStateContext.Provider value={unticked}>
        <StepContentView guideId={guide.manifest.id} stepId={stepId} />
      </ChecklistStateContext.Provider>
    </GuideModelContext.Provider>,
  );
  return htmlToBlocks(html);
}
