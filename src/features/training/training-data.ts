import type { GuideBundle } from '../../guides/guide-bundle';
import { guideRegistry } from '../../guides/guide-registry';
import { createLoadCache } from '../../lib/load-cache';
import type { Glossary, PracticeCase, WhyWeAsk } from '../../machine/guide-training';

/**
 * A guide's training data (`practice-cases.yml`, `glossary.yml`, the pages' `why:`), each its own
 * lazy chunk (listed by the guide's bundle), loaded by the screens that use it and cached. A
 * guide without a file has none of that data: an empty list. The promises are marked settled,
 * for React's `use`.
 */

type Part = 'practiceCases' | 'glossary' | 'whyWeAsk';

function cachedLoader<T>(part: Part, none: T, what: string) {
  const cache = createLoadCache<T>();
  return {
    /** Whether the guide has the file at all (known once its bundle has loaded). */
    has: (guideId: string) => guideRegistry.loadedBundle(guideId)?.[part] !== undefined,
    /**
     * The guide's data: the same promise every time, a failed one too (offline, a redeploy
     * removed the chunk), unless `attempt` names a new attempt (see `createLoadCache`).
     */
    load(guideId: string, attempt?: string): Promise<T> {
      return cache.load(
        guideId,
        async () => {
          const load = (await guideRegistry.loadBundle(guideId, attempt))[part] as
            (() => Promise<T>) | undefined;
          return load ? load() : none;
        },
        what,
        attempt,
      );
    },
    /** Whether the guide's data has loaded (or it has none). */
    isLoaded: (guideId: string) => cache.loaded(guideId) !== undefined,
  };
}

export const practiceCasesOf = cachedLoader<readonly PracticeCase[]>(
  'practiceCases',
  [],
  'the practice cases',
);
export const glossaryOf = cachedLoader<Glossary>('glossary', [], 'the glossary');
export const whyWeAskOf = cachedLoader<WhyWeAsk>('whyWeAsk', {}, '“Why we ask this”');

/** The source modules of a loaded guide's training data, as the build's manifest keys them. */
export function trainingDataFiles(
  guideId: string,
): Pick<GuideBundle['files'], 'practiceCases' | 'glossary' | 'whyWeAsk'> {
  const files = guideRegistry.loadedBundle(guideId)?.files;
  return {
    practiceCases: files?.practiceCases,
    glossary: files?.glossary,
    whyWeAsk: files?.whyWeAsk,
  };
}
