import { use, useMemo } from 'react';
import { useLocation } from 'react-router';
import { BadLinkPanel } from '../../features/guide/components/bad-link-panel';
import { StepScreen } from '../../features/guide/components/step-screen';
import { UnknownStepPanel } from '../../features/guide/components/unknown-step-panel';
import { loadStepContent } from '../../features/guide/content/step-content';
import { stepPathFromPathname } from '../../features/guide/links/guide-href';
import { resolveStep } from '../../features/guide/links/resolve-step';
import { useDocumentTitle } from '../use-document-title';

/**
 * Every guide URL: resolved to a view of the guide (pure), with the step's content loaded
 * before it shows. A prefetched step renders at once; otherwise the previous screen stays until
 * the content arrives (navigations are transitions), so nothing jumps.
 */
export function GuideStepRoute() {
  const { pathname, search } = useLocation();
  const view = useMemo(
    () => resolveStep(stepPathFromPathname(pathname) ?? '', search),
    [pathname, search],
  );
  if (view.status === 'step') use(loadStepContent(view.step.id));
  useDocumentTitle(
    view.status === 'step'
      ? view.step.title
      : view.status === 'bad-link'
        ? 'This link can’t be opened as it is'
        : 'No such step',
  );
  if (view.status === 'unknown-step') {
    return <UnknownStepPanel suggestions={view.suggestions} search={search} />;
  }
  if (view.status === 'bad-link') return <BadLinkPanel view={view} />;
  return <StepScreen view={view} />;
}
