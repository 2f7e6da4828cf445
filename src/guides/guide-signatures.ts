import type { GuideSignatures } from '../machine/guide-signatures';
import { guideRegistry, markSettled, type GuideRegistry } from './guide-registry';
import { guideSources, type GuideSources } from './guide-sources';

/**
 * The guides' log signatures (`content/<guide-id>/signatures.ts`, optional): whether a guide has
 * them is known at build time; the file itself is its own chunk, loaded only by the analyzer.
 */
export interface SignatureSource {
  /** Whether the guide has a signatures file (no loading). */
  has(guideId: string): boolean;
  /** The guide's signatures, `undefined` when it has none; the same promise every time. */
  load(guideId: string): Promise<GuideSignatures | undefined>;
  /** The guide's signatures if they have already loaded (nothing is loaded). */
  loaded(guideId: string): GuideSignatures | undefined;
}

export function createSignatureSource(
  registry: Pick<GuideRegistry, 'guideById'>,
  sources: Pick<GuideSources, 'signatures'>,
): SignatureSource {
  const loading = new Map<string, Promise<GuideSignatures | undefined>>();
  const loaded = new Map<string, GuideSignatures>();
  const loaderOf = (guideId: string) => {
    const entry = registry.guideById(guideId);
    return entry ? sources.signatures?.[entry.folder] : undefined;
  };
  return {
    has: (guideId) => loaderOf(guideId) !== undefined,
    load(guideId) {
      const pending = loading.get(guideId);
      if (pending) return pending;
      const load = loaderOf(guideId);
      const promise = markSettled(
        (load ? load() : Promise.resolve(undefined)).then((signatures) => {
          if (signatures) loaded.set(guideId, signatures);
          return signatures;
        }),
      );
      // A failed load (offline, a redeploy removed the chunk) may be retried later.
      promise.catch(() => loading.delete(guideId));
      loading.set(guideId, promise);
      return promise;
    },
    loaded: (guideId) => loaded.get(guideId),
  };
}

/** This build's guides' signatures. */
export const guideSignatures: SignatureSource = createSignatureSource(guideRegistry, guideSources);
