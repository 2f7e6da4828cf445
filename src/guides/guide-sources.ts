import type { MDXContent } from 'mdx/types';
import type { GuideDefinition, GuideManifest, GuideSearchTerms } from '../machine/guide-definition';
import type { GuideSignatures } from '../machine/guide-signatures';
import type { Glossary, PracticeCase, WhyWeAsk } from '../machine/guide-training';

/**
 * Where guide packages are found: every folder under `content/` is a guide (see
 * `GuideDefinition`). The test build (`VITE_FIXTURE_GUIDES=true`) adds the fixture guides under
 * `e2e/fixtures/guides/`; the production build never contains them. This is the one place that
 * knows where guides live.
 */

type Lazy<T> = Record<string, () => Promise<T>>;

export interface GuideSources {
  /** Folder → its `guide.ts`'s `manifest`. */
  manifests: Record<string, GuideManifest>;
  /** Folder → its `index.ts`'s `definition`, loaded on demand (the guide's own chunk). */
  definitions: Lazy<GuideDefinition>;
  /** `<folder>/pages/<step id>.mdx` → the compiled page, each its own chunk. */
  pages: Lazy<{ default: MDXContent }>;
  /** The same pages' MDX sources (read by the case note's checklists). */
  pageSources: Lazy<string>;
  /** Folder → its `search-terms.ts`'s `searchTerms`, when it has one (read by the search index). */
  searchTerms?: Lazy<GuideSearchTerms>;
  /**
   * Folder → its `signatures.ts`'s `signatures` (the log analyzer's), when it has one: its own
   * chunk, loaded only by the analyzer's page.
   */
  signatures?: Lazy<GuideSignatures>;
  /**
   * Folder → the guide's training data, each file optional and its own chunk, loaded only by
   * the screens that use it (`src/machine/guide-training.ts`).
   */
  practiceCases: Lazy<readonly PracticeCase[]>;
  glossaries: Lazy<Glossary>;
  whyWeAsk: Lazy<WhyWeAsk>;
}

const withFixtures = import.meta.env.VITE_FIXTURE_GUIDES === 'true';

/** `/content/x/guide.ts` → `/content/x`. */
function byFolder<T>(modules: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(modules).map(([file, value]) => [file.slice(0, file.lastIndexOf('/')), value]),
  );
}

export const guideSources: GuideSources = {
  manifests: byFolder({
    ...import.meta.glob<GuideManifest>('/content/*/guide.ts', { eager: true, import: 'manifest' }),
    ...(withFixtures
      ? import.meta.glob<GuideManifest>('/e2e/fixtures/guides/*/guide.ts', {
          eager: true,
          import: 'manifest',
        })
      : {}),
  }),
  definitions: byFolder({
    ...import.meta.glob<GuideDefinition>('/content/*/index.ts', { import: 'definition' }),
    ...(withFixtures
      ? import.meta.glob<GuideDefinition>('/e2e/fixtures/guides/*/index.ts', {
          import: 'definition',
        })
      : {}),
  }),
  pages: {
    ...import.meta.glob<{ default: MDXContent }>('/content/*/pages/*.mdx'),
    ...(withFixtures
      ? import.meta.glob<{ default: MDXContent }>('/e2e/fixtures/guides/*/pages/*.mdx')
      : {}),
  },
  pageSources: {
    ...import.meta.glob<string>('/content/*/pages/*.mdx', { query: '?raw', import: 'default' }),
    ...(withFixtures
      ? import.meta.glob<string>('/e2e/fixtures/guides/*/pages/*.mdx', {
          query: '?raw',
          import: 'default',
        })
      : {}),
  },
  searchTerms: byFolder({
    ...import.meta.glob<GuideSearchTerms>('/content/*/search-terms.ts', { import: 'searchTerms' }),
    ...(withFixtures
      ? import.meta.glob<GuideSearchTerms>('/e2e/fixtures/guides/*/search-terms.ts', {
          import: 'searchTerms',
        })
      : {}),
  }),
  signatures: byFolder({
    ...import.meta.glob<GuideSignatures>('/content/*/signatures.ts', { import: 'signatures' }),
    ...(withFixtures
      ? import.meta.glob<GuideSignatures>('/e2e/fixtures/guides/*/signatures.ts', {
          import: 'signatures',
        })
      : {}),
  }),
  practiceCases: byFolder({
    ...import.meta.glob<readonly PracticeCase[]>('/content/*/practice-cases.ts', {
      import: 'practiceCases',
    }),
    ...(withFixtures
      ? import.meta.glob<readonly PracticeCase[]>('/e2e/fixtures/guides/*/practice-cases.ts', {
          import: 'practiceCases',
        })
      : {}),
  }),
  glossaries: byFolder({
    ...import.meta.glob<Glossary>('/content/*/glossary.ts', { import: 'glossary' }),
    ...(withFixtures
      ? import.meta.glob<Glossary>('/e2e/fixtures/guides/*/glossary.ts', { import: 'glossary' })
      : {}),
  }),
  whyWeAsk: byFolder({
    ...import.meta.glob<WhyWeAsk>('/content/*/why-we-ask.ts', { import: 'whyWeAsk' }),
    ...(withFixtures
      ? import.meta.glob<WhyWeAsk>('/e2e/fixtures/guides/*/why-we-ask.ts', { import: 'whyWeAsk' })
      : {}),
  }),
};
