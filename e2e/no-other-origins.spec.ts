import { expect, test } from '@playwright/test';
import { productionGuides } from './support/guides';
import { tourEveryScreen } from './support/screen-tour';

/**
 * Case data and logs never leave the browser, and nothing is fetched from anywhere else: on
 * every screen and dialog, every request the page makes (documents, scripts, styles, images,
 * fonts, fetches, prefetches, downloads) goes to the app's own origin.
 */
// With the service worker, whose own requests (its precache) are recorded too.
test.use({ serviceWorkers: 'allow' });

test('no screen or dialog requests anything from another origin', async ({ page, context }) => {
  test.setTimeout(180_000);
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const requests: string[] = [];
  const elsewhere: string[] = [];
  let screen = 'before the first screen';
  const record = (url: string) => {
    const { protocol } = new URL(url);
    // data: and blob: URLs are the page's own bytes, not requests to anywhere.
    if (protocol === 'data:' || protocol === 'blob:') return;
    requests.push(url);
    if (new URL(url).origin !== origin) elsewhere.push(`${screen}: ${url}`);
  };
  context.on('request', (request) => record(request.url()));
  page.on('websocket', (socket) => record(socket.url()));

  await tourEveryScreen(page, productionGuides, async (name) => {
    screen = name;
  });

  // The service worker (registered once the page is quiet) has installed: its precache
  // downloads are in the recording.
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          Boolean((await navigator.serviceWorker.getRegistration())?.active),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);

  expect(elsewhere).toEqual([]);
  expect(requests.some((url) => url.endsWith('/sw.js'))).toBe(true);
  // The recording saw the app's own requests: its script, and a content page.
  expect(requests.some((url) => /\/assets\/index-[^/]+\.js$/.test(url))).toBe(true);
  expect(requests.length).toBeGreaterThan(30);
});
