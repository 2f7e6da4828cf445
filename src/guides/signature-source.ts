import type { GuideSignatures } from '../machine/guide-signatures';
import { createLoadCache } from '../lib/load-cache';
import { guideRegistry, type GuideRegistry } from './guide-registry';

/**
 * The guides' log signatures (`content/<guide-id>/signatures.yml`, optional): whether a guide has
 * them is known once its bundle has loaded; the file itself is its own chunk, loaded only by the
 * analyzer.
 */
export interface SignatureSource {
  /** Whether the guide has a signatures file (no loading: `false` until its bundle has loaded). */
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
  registry: Pick<GuideRegistry, 'loadBundle' | 'loadedBundle'>,
): SignatureSource {
  const cache = createLoadCache<GuideSignatures | undefined>();
  return {
    has: (guideId) => registry.loadedBundle(guideId)?.signatures !== undefined,
    load(guideId, attempt) {
      return cache.load(
        guideId,
        async () => (await registry.loadBundle(guideId, attempt)).signatures?.(),
        'the log signatures',
        attempt,
      );
    },
    loaded: (guideId) => cache.loaded(guideId),
  };
}

/** This build's guides' signatures. */
export const guideSignatures: SignatureSource = createSignatureSource(guideRegistry);
