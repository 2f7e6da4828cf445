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
  /** Folder → its manifest (`guide.md`, or `guide.ts`'s `manifest`). */
  manifests: Record<string, GuideManifest>;
  /**
   * Folder → its definition (compiled from its Markdown, or `index.ts`'s), loaded on demand
   * (the guide's own chunk).
   */
  definitions: Lazy<GuideDefinition>;
  /** `<folder>/pages/<step id>.mdx` → the compiled page, each its own chunk. */
  pages: Lazy<{ default: MDXContent }>;
  /** The same pages' MDX sources (read by the case note's checklists). */
  pageSources: Lazy<string>;
  /** Folder → its search terms (`search-terms.yml`), when it has some (read by the search index). */
  searchTerms?: Lazy<GuideSearchTerms>;
  /**
   * Folder → its log signatures (`signatures.yml`, the log analyzer's), when it has some: its own
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

const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/'));

/** `/content/x/guide.ts` → `/content/x`. */
function byFolder<T>(modules: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(modules).map(([file, value]) => [folderOf(file), value]),
  );
}

/** Folder → the module a glob found there, as the build's manifest keys it (`content/x/glossary.yml`). */
function filesByFolder(modules: Record<string, unknown>, query = ''): Record<string, string> {
  return Object.fromEntries(
    Object.keys(modules).map((file) => [folderOf(file), `${file.slice(1)}${query}`]),
  );
}

/*
 * Two ways to write a guide (ADR 009): in Markdown (`guide.md`, its pages' front matter, YAML
 * data: compiled at build time by `src/guides/format/vite-plugin.ts`), or in TypeScript
 * (`guide.ts`, `index.ts`, `.ts` data). `import.meta.glob` takes literal patterns only, hence
 * one glob per file, folder and fixture switch.
 */

const manifestModules = {
  ...import.meta.glob<GuideManifest>('/content/*/guide.md', { eager: true, import: 'manifest' }),
  ...import.meta.glob<GuideManifest>('/content/*/guide.ts', { eager: true, import: 'manifest' }),
  ...(withFixtures
    ? {
        ...import.meta.glob<GuideManifest>('/e2e/fixtures/guides/*/guide.md', {
          eager: true,
          import: 'manifest',
        }),
        ...import.meta.glob<GuideManifest>('/e2e/fixtures/guides/*/guide.ts', {
          eager: true,
          import: 'manifest',
        }),
      }
    : {}),
};

const compiledDefinitions = {
  ...import.meta.glob<GuideDefinition>('/content/*/guide.md', {
    query: '?definition',
    import: 'definition',
  }),
  ...(withFixtures
    ? import.meta.glob<GuideDefinition>('/e2e/fixtures/guides/*/guide.md', {
        query: '?definition',
        import: 'definition',
      })
    : {}),
};
const writtenDefinitions = {
  ...import.meta.glob<GuideDefinition>('/content/*/index.ts', { import: 'definition' }),
  ...(withFixtures
    ? import.meta.glob<GuideDefinition>('/e2e/fixtures/guides/*/index.ts', {
        import: 'definition',
      })
    : {}),
};

const searchTermModules = {
  ...import.meta.glob<GuideSearchTerms>('/content/*/search-terms.yml', { import: 'default' }),
  ...import.meta.glob<GuideSearchTerms>('/content/*/search-terms.ts', { import: 'searchTerms' }),
  ...(withFixtures
    ? {
        ...import.meta.glob<GuideSearchTerms>('/e2e/fixtures/guides/*/search-terms.yml', {
          import: 'default',
        }),
        ...import.meta.glob<GuideSearchTerms>('/e2e/fixtures/guides/*/search-terms.ts', {
          import: 'searchTerms',
        }),
      }
    : {}),
};

const signatureModules = {
  ...import.meta.glob<GuideSignatures>('/content/*/signatures.yml', { import: 'default' }),
  ...import.meta.glob<GuideSignatures>('/content/*/signatures.ts', { import: 'signatures' }),
  ...(withFixtures
    ? {
        ...import.meta.glob<GuideSignatures>('/e2e/fixtures/guides/*/signatures.yml', {
          import: 'default',
        }),
        ...import.meta.glob<GuideSignatures>('/e2e/fixtures/guides/*/signatures.ts', {
          import: 'signatures',
        }),
      }
    : {}),
};

const practiceCaseModules = {
  ...import.meta.glob<readonly PracticeCase[]>('/content/*/practice-cases.yml', {
    import: 'default',
  }),
  ...import.meta.glob<readonly PracticeCase[]>('/content/*/practice-cases.ts', {
    import: 'practiceCases',
  }),
  ...(withFixtures
    ? {
        ...import.meta.glob<readonly PracticeCase[]>('/e2e/fixtures/guides/*/practice-cases.yml', {
          import: 'default',
        }),
        ...import.meta.glob<readonly PracticeCase[]>('/e2e/fixtures/guides/*/practice-cases.ts', {
          import: 'practiceCases',
        }),
      }
    : {}),
};

const glossaryModules = {
  ...import.meta.glob<Glossary>('/content/*/glossary.yml', { import: 'default' }),
  ...import.meta.glob<Glossary>('/content/*/glossary.ts', { import: 'glossary' }),
  ...(withFixtures
    ? {
        ...import.meta.glob<Glossary>('/e2e/fixtures/guides/*/glossary.yml', { import: 'default' }),
        ...import.meta.glob<Glossary>('/e2e/fixtures/guides/*/glossary.ts', { import: 'glossary' }),
      }
    : {}),
};

const compiledWhyWeAsk = {
  ...import.meta.glob<WhyWeAsk>('/content/*/guide.md', {
    query: '?why-we-ask',
    import: 'whyWeAsk',
  }),
  ...(withFixtures
    ? import.meta.glob<WhyWeAsk>('/e2e/fixtures/guides/*/guide.md', {
        query: '?why-we-ask',
        import: 'whyWeAsk',
      })
    : {}),
};
const writtenWhyWeAsk = {
  ...import.meta.glob<WhyWeAsk>('/content/*/why-we-ask.ts', { import: 'whyWeAsk' }),
  ...(withFixtures
    ? import.meta.glob<WhyWeAsk>('/e2e/fixtures/guides/*/why-we-ask.ts', { import: 'whyWeAsk' })
    : {}),
};

const pageModules = {
  ...import.meta.glob<{ default: MDXContent }>('/content/*/pages/*.mdx'),
  ...(withFixtures
    ? import.meta.glob<{ default: MDXContent }>('/e2e/fixtures/guides/*/pages/*.mdx')
    : {}),
};
const pageSourceModules = {
  ...import.meta.glob<string>('/content/*/pages/*.mdx', { query: '?raw', import: 'default' }),
  ...(withFixtures
    ? import.meta.glob<string>('/e2e/fixtures/guides/*/pages/*.mdx', {
        query: '?raw',
        import: 'default',
      })
    : {}),
};

export const guideSources: GuideSources = {
  manifests: byFolder(manifestModules),
  definitions: byFolder({ ...compiledDefinitions, ...writtenDefinitions }),
  pages: pageModules,
  pageSources: pageSourceModules,
  searchTerms: byFolder(searchTermModules),
  signatures: byFolder(signatureModules),
  practiceCases: byFolder(practiceCaseModules),
  glossaries: byFolder(glossaryModules),
  whyWeAsk: byFolder({ ...compiledWhyWeAsk, ...writtenWhyWeAsk }),
};

/**
 * Folder → the module each part of a guide is, as the build's manifest keys it
 * (`content/x/guide.md?definition`, `content/x/glossary.yml`): which files a page needs.
 */
export const guideSourceFiles = {
  definitions: {
    ...filesByFolder(compiledDefinitions, '?definition'),
    ...filesByFolder(writtenDefinitions),
  },
  practiceCases: filesByFolder(practiceCaseModules),
  glossaries: filesByFolder(glossaryModules),
  whyWeAsk: {
    ...filesByFolder(compiledWhyWeAsk, '?why-we-ask'),
    ...filesByFolder(writtenWhyWeAsk),
  },
} satisfies Record<string, Record<string, string>>;
