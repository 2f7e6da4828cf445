import { useLoaderData } from 'react-router';
import { BadLinkPanel } from '../../features/guide/components/bad-link-panel';
import { StepScreen } from '../../features/guide/components/step-screen';
import { UnknownStepPanel } from '../../features/guide/components/unknown-step-panel';
import type { GuideView } from '../../features/guide/links/resolve-step';
import { useDocumentTitle } from '../use-document-title';

export function GuideStepRoute() {
  const view = useLoaderData() as GuideView;
  useDocumentTitle(
    view.status === 'step'
      ? view.step.title
      : view.status === 'bad-link'
        ? 'This link can’t be opened as it is'
        : 'No such step',
  );
  if (view.status === 'unknown-step') return <UnknownStepPanel />;
  if (view.status === 'bad-link') return <BadLinkPanel view={view} />;
  return <StepScreen view={view} />;
}
