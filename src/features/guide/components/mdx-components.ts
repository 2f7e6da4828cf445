import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { AddedGuidance } from '../../../components/added-guidance';
import { Checklist } from '../../../components/checklist';
import { CodeBlock } from '../../../components/code-block';
import { ContentLink } from '../../../components/content-link';
import { TsgNote } from '../../../components/tsg-note';
import { CoveredErrors, GuideProperties } from './guide-properties';

/**
 * A term of the guide's glossary (`<Term>desktop heap</Term>`, or `<Term name="Desktop heap">`):
 * plain text here; the app gives it the glossary's definition where it has one (see
 * `StepScreen`'s `contentComponents`).
 */
function Term({ children }: { name?: string; children?: ReactNode }): ReactNode {
  return children;
}

/**
 * The TSG's words, marked where they stand on a page (`<Fact>…</Fact>`): checked to be on the
 * step's page verbatim; shown as plain text.
 */
function Fact({ children }: { children?: ReactNode }): ReactNode {
  return children;
}

/** What the content pages may use, besides plain markdown. */
export const mdxComponents: MDXComponents = {
  pre: CodeBlock,
  a: ContentLink,
  AddedGuidance,
  TsgNote,
  Checklist,
  GuideProperties,
  CoveredErrors,
  Term,
  Fact,
};
