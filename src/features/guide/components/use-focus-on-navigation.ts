import { useEffect, type RefObject } from 'react';

let firstRender = true;

/**
 * Moves focus to the new step's heading after each navigation, so screen readers announce it.
 * The first page load keeps the browser's own focus handling.
 */
export function useFocusOnNavigation(ref: RefObject<HTMLElement | null>, key: string) {
  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    ref.current?.focus();
  }, [ref, key]);
}
