import type { MDXContent } from 'mdx/types';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { GuideModelContext } from '../features/guide/components/guide-model-context';
import { mdxComponents } from '../features/guide/components/mdx-components';
import type { GuideModel } from '../machine/guide-model';

/** A content page alone, as a step shows it (its links and headings, for the checks). */
export function renderPageContent(guide: GuideModel, content: MDXContent): string {
  return renderToString(
    <GuideModelContext.Provider value={guide}>
      {createElement(content, { components: mdxComponents })}
    </GuideModelContext.Provider>,
  );
}
