import type { GuideDefinition, GuideManifest } from '../../machine/guide-definition';
import type { CompiledGuideSource } from '../format/compile-guide';
import type { GuideSignatures } from '../../machine/guide-signatures';

/** Some markup rendered at build time, or why it could not be. */
export type Rendered = { html: string } | { error: string };

/** Step id → the TSG's words the step must show verbatim (a guide's pages' `facts:`, or its `facts.ts`). */
export type GuideFacts = Readonly<Record<string, readonly string[]>>;

/**
 * Everything the validator reads about one guide, gathered beforehand (by
 * `src/prerender/collect-guide-inputs.ts` at build time, or by a test): plain data, so every check
 * is a pure function.
 */
export interface GuideInput {
  /** The guide's folder from the repository's root: `content/<guide-id>`. */
  folder: string;
  /** Whether it is a test fixture's folder (`e2e/fixtures/guides/`), never shipped. */
  fixture: boolean;
  /** The folder's files, relative to it: `guide.ts`, `pages/start.mdx`. */
  files: readonly string[];
  /** `guide.ts`'s `manifest`, if it exports one. */
  manifest?: GuideManifest;
  /** `index.ts`'s `definition`, if it exports one. */
  definition?: GuideDefinition;
  /** The guide's facts, if it has them. */
  facts?: GuideFacts;
  /** A TypeScript guide's `signatures.ts`'s `signatures` (the log analyzer's), if it exports them. */
  signatures?: GuideSignatures;
  /** Page id (`pages/<id>.mdx`) → the page's content rendered alone, as the step shows it. */
  pageContent: Readonly<Record<string, Rendered>>;
  /** Step id → the step's prerendered page (the markup inside `#root`), opened with no answers. */
  stepPages: Readonly<Record<string, Rendered>>;
  /** Why the guide could not be rendered at all, if it could not. */
  renderError?: string;
  /**
   * A guide written in Markdown, compiled: its files are checked by `checkGuideSource`, so only
   * what needs the rendered pages is checked here, said where it is written.
   */
  markdown?: CompiledGuideSource;
}
