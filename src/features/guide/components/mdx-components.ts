import type { MDXComponents } from 'mdx/types';
import { AddedGuidance } from '../../../components/added-guidance';
import { Checklist } from '../../../components/checklist';
import { CodeBlock } from '../../../components/code-block';
import { ContentLink } from '../../../components/content-link';
import { TsgNote } from '../../../components/tsg-note';
import { CoveredErrors, GuideProperties } from './guide-properties';

/** What the content pages may use, besides plain markdown. */
export const mdxComponents: MDXComponents = {
  pre: CodeBlock,
  a: ContentLink,
  AddedGuidance,
  TsgNote,
  Checklist,
  GuideProperties,
  CoveredErrors,
};
