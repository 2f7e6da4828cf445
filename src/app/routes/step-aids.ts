import type { StepAids } from '../../features/training/components/step-aids';
import { glossaryOf, trainingDataFiles, whyWeAskOf } from '../../features/training/training-data';
import { guideRegistry, markSettled } from '../../guides/guide-registry';

/**
 * What the training feature adds to a guide's step screens (its glossary's terms in the content,
 * "Why we ask this" under each question), loaded with the step's content: the components and the
 * guide's data are chunks of their own, so the app's first script does not grow. A guide with
 * neither a glossary nor why-we-ask has none (`null`); so has a screen whose chunks failed to
 * load (the terms then read as plain text).
 */

const loading = new Map<string, Promise<StepAids | null>>();

export function loadStepAids(guideId: string): Promise<StepAids | null> {
  const pending = loading.get(guideId);
  if (pending) return pending;
  const promise = markSettled(
    !glossaryOf.has(guideId) && !whyWeAskOf.has(guideId)
      ? Promise.resolve(null)
      : Promise.all([
          import('../../features/training/components/step-aids'),
          guideRegistry.loadGuide(guideId),
          glossaryOf.load(guideId),
          whyWeAskOf.load(guideId),
        ]).then(
          ([aids, guide, glossary, whyWeAsk]) => aids.createStepAids(guide, glossary, whyWeAsk),
          () => {
            loading.delete(guideId);
            return null;
          },
        ),
  );
  loading.set(guideId, promise);
  return promise;
}

/** The source modules a step's screen loads for its aids, as the build's manifest keys them. */
export function stepAidsModules(guideId: string): string[] {
  if (!glossaryOf.has(guideId) && !whyWeAskOf.has(guideId)) return [];
  return [
    'src/features/training/components/step-aids.tsx',
    ...trainingDataFiles(guideId)
      .filter((f) => /\/(glossary|why-we-ask)\.ts$/.test(f))
      .map((f) => f.slice(1)),
  ];
}
