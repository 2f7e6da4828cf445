import { guideRegistry, markSettled } from '../../guides/guide-registry';
import { guideSources } from '../../guides/guide-sources';
import type { Glossary, PracticeCase, WhyWeAsk } from '../../machine/guide-training';

/**
 * A guide's training data (`practice-cases.ts`, `glossary.ts`, `why-we-ask.ts`), each its own
 * lazy chunk, loaded by the screens that use it and cached. A guide without a file has none of
 * that data: an empty list. The promises are marked settled, for React's `use`.
 */

type Loaders<T> = Record<string, () => Promise<T>>;

function cachedLoader<T>(files: Loaders<T>, none: T) {
  const loading = new Map<string, Promise<T>>();
  return {
    /** Whether the guide has the file at all (known without loading it). */
    has: (guideId: string) => {
      const folder = guideRegistry.guideById(guideId)?.folder;
      return folder !== undefined && files[folder] !== undefined;
    },
    load(guideId: string): Promise<T> {
      const pending = loading.get(guideId);
      if (pending) return pending;
      const folder = guideRegistry.guideById(guideId)?.folder;
      const load = folder ? files[folder] : undefined;
      const promise = markSettled(load ? load() : Promise.resolve(none));
      // A failed load (offline, a redeploy removed the chunk) may be retried later.
      promise.catch(() => loading.delete(guideId));
      loading.set(guideId, promise);
      return promise;
    },
  };
}

export const practiceCasesOf = cachedLoader<readonly PracticeCase[]>(
  guideSources.practiceCases,
  [],
);
export const glossaryOf = cachedLoader<Glossary>(guideSources.glossaries, []);
export const whyWeAskOf = cachedLoader<WhyWeAsk>(guideSources.whyWeAsk, {});

/** The source modules of a guide's training data, as the build's manifest keys them. */
export function trainingDataFiles(guideId: string): string[] {
  const folder = guideRegistry.guideById(guideId)?.folder;
  if (!folder) return [];
  return (
    [
      [guideSources.practiceCases, 'practice-cases.ts'],
      [guideSources.glossaries, 'glossary.ts'],
      [guideSources.whyWeAsk, 'why-we-ask.ts'],
    ] as const
  )
    .filter(([files]) => files[folder] !== undefined)
    .map(([, file]) => `${folder}/${file}`);
}
