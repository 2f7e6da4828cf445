import type { MDXComponents } from 'mdx/types';
import { createElement } from 'react';
import { loadedStepContent } from '../content/step-content';
import { mdxComponents } from './mdx-components';

/**
 * A step's MDX page. The route has loaded it before the step renders. `components` add to (or
 * replace) the content's own components.
 */
export function StepContentView({
  guideId,
  stepId,
  components,
}: {
  guideId: string;
  stepId: string;
  components?: MDXComponents;
}) {
  const content = loadedStepContent(guideId, stepId);
  if (!content) return null;
  return (
    <div className="guide-prose">
      {createElement(content, {
        components: components ? { ...mdxComponents, ...components } : mdxComponents,
      })}
    </div>
  );
}
