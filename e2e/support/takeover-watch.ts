import type { Page } from '@playwright/test';

/**
 * Watches the app take prerendered pages over: every page error and console error, and every
 * `h1` removed from the page, recorded from before any of its scripts runs. A page taken over as
 * it is (hydrated) removes no heading. Call before the first `goto`.
 */
export async function watchTakeover(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    const removed: string[] = [];
    Object.assign(window, { removedHeadings: removed });
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.removedNodes)) {
          const heading =
            node instanceof Element && (node.matches('h1') ? node : node.querySelector('h1'));
          if (heading) removed.push(heading.textContent ?? '');
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return {
    errors,
    /** The headings removed from the current page so far. */
    removedHeadings: () =>
      page.evaluate(() => (window as unknown as { removedHeadings: string[] }).removedHeadings),
  };
}
