import type { StepAids } from '../../features/training/components/step-aids';
import { glossaryOf, trainingDataFiles, whyWeAskOf } from '../../features/training/training-data';
import { guideRegistry } from '../../guides/guide-registry';
import { createLoadCache, markSettled } from '../../lib/load-cache';

/**
 * What the training feature adds to a guide's step screens (its glossary's terms in the content,
 * "Why we ask this" under each question), loaded with the step's content: the components and the
 * guide's data are chunks of their own, so the app's first script does not grow. A guide with
 * neither a glossary nor why-we-ask has none (`null`); so has a screen whose chunks failed to
 * load (the terms then read as plain text).
 */

const aids = createLoadCache<StepAids | null>();
/** Each load's outcome, a failure read as no aids. */
const softened = new WeakMap<Promise<StepAids | null>, Promise<StepAids | null>>();

/**
 * The guide's step aids: the same promise every time, a failed load too (read as `null`), unless
 * `attempt` names a new attempt (see `createLoadCache`): a render never starts a load again.
 */
export function loadStepAids(guideId: string, attempt?: string): Promise<StepAids | null> {
  const load = aids.load(
    guideId,
    async () => {
      await guideRegistry.loadBundle(guideId, attempt);
      if (!glossaryOf.has(guideId) && !whyWeAskOf.has(guideId)) return null;
      const [module, guide, glossary, whyWeAsk] = await Promise.all([
        import('../../features/training/components/step-aids'),
        guideRegistry.loadGuide(guideId, attempt),
        glossaryOf.load(guideId, attempt),
        whyWeAskOf.load(guideId, attempt),
      ]);
      return module.createStepAids(guide, glossary, whyWeAsk);
    },
    'the glossary and “Why we ask this”',
    attempt,
  );
  let soft = softened.get(load);
  if (!soft) {
    soft = markSettled(load.catch(() => null));
    softened.set(load, soft);
  }
  return soft;
}

/** Whether the guide's step aids have loaded (or it has none). */
export function areStepAidsLoaded(guideId: string): boolean {
  const bundle = guideRegistry.loadedBundle(guideId);
  return (
    (bundle !== undefined && !glossaryOf.has(guideId) && !whyWeAskOf.has(guideId)) ||
    aids.loaded(guideId) !== undefined
  );
}

/** The source modules a step's screen loads for its aids, as the build's manifest keys them. */
export function stepAidsModules(guideId: string): string[] {
  if (!glossaryOf.has(guideId) && !whyWeAskOf.has(guideId)) return [];
  return [
    'src/features/training/components/step-aids.tsx',
    ...[trainingDataFiles(guideId).glossary, trainingDataFiles(guideId).whyWeAsk].flatMap(
      (file) => file ?? [],
    ),
  ];
}
