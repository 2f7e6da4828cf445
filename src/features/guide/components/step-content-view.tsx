import { createElement } from 'react';
import { loadedStepContent } from '../content/step-content';
import { mdxComponents } from './mdx-components';

/** A step's MDX page. The route has loaded it before the step renders. */
export function StepContentView({ guideId, stepId }: { guideId: string; stepId: string }) {
  const content = loadedStepContent(guideId, stepId);
  if (!content) return null;
  return <div className="guide-prose">{createElement(content, { components: mdxComponents })}</div>;
}
