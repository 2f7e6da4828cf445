import { guideRegistry } from '../../guides/guide-registry';
import { createLoadCache } from '../../lib/load-cache';
import { guideSourceFiles, guideSources } from '../../guides/guide-sources';
import type { Glossary, PracticeCase, WhyWeAsk } from '../../machine/guide-training';

/**
 * A guide's training data (`practice-cases.yml`, `glossary.yml`, the pages' `why:`), each its own
 * lazy chunk, loaded by the screens that use it and cached. A guide without a file has none of
 * that data: an empty list. The promises are marked settled, for React's `use`.
 */

type Loaders<T> = Record<string, () => Promise<T>>;

function cachedLoader<T>(files: Loaders<T>, none: T, what: string) {
  const cache = createLoadCache<T>();
  return {
    /** Whether the guide has the file at all (known without loading it). */
    has: (guideId: string) => {
      const folder = guideRegistry.guideById(guideId)?.folder;
      return folder !== undefined && files[folder] !== undefined;
    },
    /**
     * The guide's data: the same promise every time, a failed one too (offline, a redeploy
     * removed the chunk), unless `attempt` names a new attempt (see `createLoadCache`).
     */
    load(guideId: string, attempt?: string): Promise<T> {
      const folder = guideRegistry.guideById(guideId)?.folder;
      const load = folder ? files[folder] : undefined;
      return cache.load(guideId, () => (load ? load() : Promise.resolve(none)), what, attempt);
    },
    /** Whether the guide's data has loaded (or it has none). */
    isLoaded: (guideId: string) => cache.loaded(guideId) !== undefined,
  };
}

export const practiceCasesOf = cachedLoader<readonly PracticeCase[]>(
  guideSources.practiceCases,
  [],
  'the practice cases',
);
export const glossaryOf = cachedLoader<Glossary>(guideSources.glossaries, [], 'the glossary');
export const whyWeAskOf = cachedLoader<WhyWeAsk>(guideSources.whyWeAsk, {}, '“Why we ask this”');

/** The source modules of a guide's training data, as the build's manifest keys them. */
export function trainingDataFiles(guideId: string): {
  practiceCases?: string;
  glossary?: string;
  whyWeAsk?: string;
} {
  const folder = guideRegistry.guideById(guideId)?.folder;
  if (!folder) return {};
  return {
    practiceCases: guideSourceFiles.practiceCases[folder],
    glossary: guideSourceFiles.glossaries[folder],
    whyWeAsk: guideSourceFiles.whyWeAsk[folder],
  };
}
