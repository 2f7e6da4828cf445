import { useCallback, useSyncExternalStore } from 'react';
import { guideSignatures } from '../guides/signature-source';
import type { GuideSignatures } from '../machine/guide-signatures';

/**
 * A guide's log signatures for a screen that does not wait for them (a step page): `undefined`
 * until they have loaded (their own small chunk, fetched once the screen is shown), and while a
 * prerendered page hydrates, so the page matches its HTML first.
 */
export function useGuideSignatures(guideId: string): GuideSignatures | undefined {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (!guideSignatures.has(guideId) || guideSignatures.loaded(guideId)) return () => {};
      let live = true;
      guideSignatures.load(guideId).then(
        () => live && changed(),
        () => undefined,
      );
      return () => {
        live = false;
      };
    },
    [guideId],
  );
  return useSyncExternalStore(
    subscribe,
    () => guideSignatures.loaded(guideId),
    () => undefined,
  );
}
