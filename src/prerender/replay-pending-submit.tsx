import { useEffect } from 'react';
import { takePendingSubmit } from './page-scripts';

/**
 * Submits again, once the page is hydrated, a form submitted while the app was loading (see
 * `appLoader`), so pressing Start early still starts. Renders nothing.
 */
export function ReplayPendingSubmit() {
  useEffect(() => {
    takePendingSubmit()?.requestSubmit();
  }, []);
  return null;
}
