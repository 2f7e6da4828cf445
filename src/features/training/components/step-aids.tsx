import type { MDXComponents } from 'mdx/types';
import { Children, isValidElement, type ReactNode } from 'react';
import type { GuideModel } from '../../../machine/guide-model';
import type { Glossary, WhyWeAsk as WhyWeAskData } from '../../../machine/guide-training';
import type { StepMeta } from '../../../machine/step-meta';
import { findGlossaryEntry } from '../../../machine/guide-training';
import { glossaryTermHref } from '../training-links';
import { GlossaryTerm } from './glossary-term';
import { WhyWeAsk } from './why-we-ask';

/** What the training feature adds to a guide's step screens. */
export interface StepAids {
  /** For the content pages: `<Term>` shows the guide's glossary definition. */
  components: MDXComponents;
  /** "Why we ask this" for a question, if the guide says. */
  help(step: StepMeta): ReactNode;
}

/** The text of a term's children (MDX gives a string; a nested emphasis gives elements). */
function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) =>
      typeof child === 'string' || typeof child === 'number'
        ? String(child)
        : isValidElement<{ children?: ReactNode }>(child)
          ? textOf(child.props.children)
          : '',
    )
    .join('');
}

export function createStepAids(
  guide: GuideModel,
  glossary: Glossary,
  whyWeAsk: WhyWeAskData,
): StepAids {
  function Term({ name, children }: { name?: string; children?: ReactNode }) {
    const entry = findGlossaryEntry(glossary, name ?? textOf(children));
    if (!entry) return <>{children}</>;
    return (
      <GlossaryTerm entry={entry} glossaryHref={glossaryTermHref(guide, entry.term)}>
        {children}
      </GlossaryTerm>
    );
  }
  return {
    components: { Term },
    help(step) {
      const entry = step.kind === 'question' ? whyWeAsk[step.id] : undefined;
      return entry ? <WhyWeAsk entry={entry} /> : null;
    },
  };
}
