import type { GuideSignatures } from '../machine/guide-signatures';
import { createLoadCache } from '../lib/load-cache';
import { guideRegistry, type GuideRegistry } from './guide-registry';
import { guideSources, type GuideSources } from './guide-sources';

/**
 * The guides' log signatures (`content/<guide-id>/signatures.yml`, optional): whether a guide has
 * them is known at build time; the file itself is its own chunk, loaded only by the analyzer.
 */
export interface SignatureSource {
  /** Whether the guide has a signatures file (no loading). */
  has(guideId: string): boolean;
  /**
   * The guide's signatures, `undefined` when it has none: the same promise every time, a failed
   * one too, unless `attempt` names a new attempt (see `createLoadCache`).
   */
  load(guideId: string, attempt?: string): Promise<GuideSignatures | undefined>;
  /** The guide's signatures if they have already loaded (nothing is loaded). */
  loaded(guideId: string): GuideSignatures | undefined;
}

export function createSignatureSource(
  registry: Pick<GuideRegistry, 'guideById'>,
  sources: Pick<GuideSources, 'signatures'>,
): SignatureSource {
  const cache = createLoadCache<GuideSignatures | undefined>();
  const loaderOf = (guideId: string) => {
    const entry = registry.guideById(guideId);
    return entry ? sources.signatures?.[entry.folder] : undefined;
  };
  return {
    has: (guideId) => loaderOf(guideId) !== undefined,
    load(guideId, attempt) {
      const load = loaderOf(guideId);
      return cache.load(
        guideId,
        () => (load ? load() : Promise.resolve(undefined)),
        'the log signatures',
        attempt,
      );
    },
    loaded: (guideId) => cache.loaded(guideId),
  };
}

/** This build's guides' signatures. */
export const guideSignatures: SignatureSource = createSignatureSource(guideRegistry, guideSources);
