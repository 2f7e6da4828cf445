import type { LoaderFunctionArgs } from 'react-router';
import { loadStepContent } from '../../features/guide/content/step-content';
import { stepPathFromPathname } from '../../features/guide/links/guide-href';
import { resolveStep, type GuideView } from '../../features/guide/links/resolve-step';

/** Resolves the URL to a view of the guide and loads the step's content before it renders. */
export async function guideStepLoader({ request }: LoaderFunctionArgs): Promise<GuideView> {
  const url = new URL(request.url);
  const view = resolveStep(stepPathFromPathname(url.pathname) ?? '', url.search);
  if (view.status === 'step') await loadStepContent(view.step.id);
  return view;
}
