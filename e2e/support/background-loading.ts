import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page's own background loading is over: the service worker's registration,
 * which the app starts once the engineer pauses (its chunks, the web app manifest it links),
 * and then no request started or in flight for `quietMs`. For tests that assert what a later
 * action requests, so the app's background work is not mistaken for it.
 */
export async function backgroundLoadingDone(page: Page, quietMs = 750) {
  let inFlight = 0;
  let lastChange = Date.now();
  const started = () => {
    inFlight += 1;
    lastChange = Date.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    // The app links the manifest when it registers the service worker.
    await expect(page.locator('link[rel="manifest"]')).toBeAttached({ timeout: 30_000 });
    await expect
      .poll(() => inFlight === 0 && Date.now() - lastChange >= quietMs, {
        timeout: 30_000,
        intervals: [100],
      })
      .toBe(true);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
