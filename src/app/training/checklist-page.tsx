import type { MDXComponents } from 'mdx/types';
import { use, useMemo, useState, type ComponentPropsWithoutRef } from 'react';
import { ChecklistStateContext, type ChecklistState } from '../../components/checklist-state';
import { GuideModelContext } from '../../features/guide/components/guide-model-context';
import { StepContentView } from '../../features/guide/components/step-content-view';
import { PrintableChecklist } from '../../features/training/components/printable-checklist';
import { decisionGraph } from '../../features/training/decision-graph';
import type { GuideModel } from '../../machine/guide-model';
import { useDocumentTitle } from '../use-document-title';
import { TrainingPageHeader } from './training-page-header';
import { loadAllStepContent } from './training-preload';

/**
 * A step's page inside the checklist: its headings one level below the step's own (h3), and
 * without what belongs on screen only (the guide's properties, printed once is enough).
 */
const checklistContent: MDXComponents = {
  h2: ({ children, ...props }: ComponentPropsWithoutRef<'h2'>) => (
    <h4 {...props} className="mt-5 mb-2 text-lg font-bold">
      {children}
    </h4>
  ),
  h3: ({ children, ...props }: ComponentPropsWithoutRef<'h3'>) => (
    <h5 {...props} className="mt-4 mb-2 font-bold">
      {children}
    </h5>
  ),
  GuideProperties: () => null,
};

/** Ticks on this page only, while it is open: a paper checklist has its own. */
function usePageChecklistState(): ChecklistState {
  const [ticks, setTicks] = useState<Readonly<Record<string, string>>>({});
  return useMemo(
    () => ({
      checkedAt: (list, item) => ticks[`${list}:${item}`],
      toggle: (list, item, on) =>
        setTicks((current) => {
          const key = `${list}:${item}`;
          const rest = Object.fromEntries(Object.entries(current).filter(([k]) => k !== key));
          return on ? { ...rest, [key]: new Date().toISOString() } : rest;
        }),
    }),
    [ticks],
  );
}

function checklistTitle(guide: GuideModel): string {
  return `Checklist: ${guide.manifest.title}`;
}

/** The whole guide as one printable step-by-step checklist, every step's content included. */
export function ChecklistPage({ guide }: { guide: GuideModel }) {
  use(loadAllStepContent(guide));
  useDocumentTitle('Printable checklist', guide.manifest.title);
  const graph = useMemo(() => decisionGraph(guide), [guide]);
  const checklists = usePageChecklistState();
  return (
    <GuideModelContext.Provider value={guide}>
      <ChecklistStateContext.Provider value={checklists}>
        <TrainingPageHeader guide={guide} current="checklist" />
        <PrintableChecklist
          title={checklistTitle(guide)}
          steps={guide.steps}
          phases={guide.manifest.phases}
          graph={graph}
          renderStep={(step) => (
            <StepContentView
              guideId={guide.manifest.id}
              stepId={step.id}
              components={checklistContent}
            />
          )}
        />
      </ChecklistStateContext.Provider>
    </GuideModelContext.Provider>
  );
}
