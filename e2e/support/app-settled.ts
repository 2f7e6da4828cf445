import type { Page } from '@playwright/test';

/**
 * Waits until the app has rendered its first screen in the page: React runs in `#root`, a
 * prerendered page has been taken over (its `data-prerender` mark is removed with the app's
 * first commit), and there is a heading. Then one more frame and task, so anything that first
 * commit set off has happened and been reported.
 */
export async function appSettled(page: Page, timeout = 15_000) {
  await page.waitForFunction(
    () => {
      const root = document.getElementById('root');
      const running = root && Object.keys(root).some((k) => k.startsWith('__reactContainer'));
      return (
        running &&
        !document.documentElement.hasAttribute('data-prerender') &&
        document.querySelector('h1') !== null
      );
    },
    undefined,
    { timeout },
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}
