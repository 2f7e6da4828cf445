import type { GuideFacts } from '../guides/validation/guide-input';

/**
 * Each guide's facts (its pages' `facts:` and `<Fact>`s, or its `facts.ts`), by folder (`/content/<guide-id>`): read at build time by the
 * checks (`npm run check:guides`, the prerender), never by the app. The folders are the guides'
 * (`src/guides/format/guide-bundles-plugin.ts`).
 */

const withFixtures = import.meta.env.VITE_FIXTURE_GUIDES === 'true';

type FactsModule = { facts?: GuideFacts };

const modules: Record<string, FactsModule> = {
  ...import.meta.glob<FactsModule>('/content/*/guide.md', { eager: true, query: '?facts' }),
  ...import.meta.glob<FactsModule>('/content/*/facts.ts', { eager: true }),
  ...(withFixtures
    ? {
        ...import.meta.glob<FactsModule>('/e2e/fixtures/guides/*/guide.md', {
          eager: true,
          query: '?facts',
        }),
        ...import.meta.glob<FactsModule>('/e2e/fixtures/guides/*/facts.ts', { eager: true }),
      }
    : {}),
};

/** Folder → its facts (undefined when it has none). */
export const guideFacts: Record<string, GuideFacts | undefined> = Object.fromEntries(
  Object.entries(modules).map(([file, module]) => [
    file.slice(0, file.lastIndexOf('/')),
    module.facts,
  ]),
);
