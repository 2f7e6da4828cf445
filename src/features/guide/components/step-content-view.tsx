import { createElement } from 'react';
import { loadedStepContent } from '../content/step-content';
import { mdxComponents } from './mdx-components';

/** A step's MDX page. The route's loader has loaded it before the step renders. */
export function StepContentView({ stepId }: { stepId: string }) {
  const content = loadedStepContent(stepId);
  if (!content) return null;
  return <div className="guide-prose">{createElement(content, { components: mdxComponents })}</div>;
}
