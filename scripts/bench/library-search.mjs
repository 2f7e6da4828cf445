// The first search for bench:library, in Playwright's Chromium at 4× CPU slowdown (Lighthouse
// mobile's): for each query, a new browser context (empty cache, no service worker) opens the
// home page, then searches from its search field. Measured: the bytes the search fetched (its
// code, the index file and the parts it read, as sent: brotli from library-serve.mjs), and the
// time from the arrival of the last of its code and index file to the results shown (the status
// line says how many steps match): what the search takes once its first data has arrived
// (reading the index, fetching and reading the parts, ranking, rendering the first results).
import { launchChromium } from './library-sessions.mjs';

/** What the bench searches: an error code, two words, a pasted log line. */
export const searchQueries = [
  '0x80110401',
  'regedit msdtc',
  '2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401)',
];

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/**
 * In the page: the time the status line first says how many steps match a query (or that none
 * does), by its first words, in `window.__resultsShown`.
 */
function watchResults(start) {
  window.__resultsShown = undefined;
  const frame = () => {
    const status = document.querySelector('[role="status"]')?.textContent ?? '';
    if (/ match(es)? “/.test(status) && status.includes(`“${start}`)) {
      window.__resultsShown = performance.now();
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const startOf = (query) => query.trim().split(/\s+/).join(' ').slice(0, 20);

const isSearchFile = (name) =>
  /\/search-index\.json$|\/assets\/search-[^/]+\.json$|\/assets\/search-engine-[^/]+\.js$/.test(
    name,
  );

/**
 * For each query: `runs` first searches (after one discarded), each in a new browser context; the
 * medians of the time to answer, the bytes fetched and the next search's time.
 */
export async function measureSearch({
  url,
  queries = searchQueries,
  runs,
  cpu = 4,
  log = () => {},
}) {
  const browser = await launchChromium();
  const results = [];
  try {
    for (const query of queries) {
      const times = [];
      const bytes = [];
      const nextTimes = [];
      // The next search: another of the queries.
      const next = queries[(queries.indexOf(query) + 1) % queries.length];
      let matches = '';
      for (let i = 0; i <= runs; i++) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        try {
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
          await page.goto(url, { waitUntil: 'networkidle' });
          await page.evaluate(watchResults, startOf(query));
          const field = page.getByRole('searchbox', { name: /Search the guides/ });
          await field.fill(query);
          await field.press('Enter');
          await page.waitForFunction(() => window.__resultsShown !== undefined, null, {
            timeout: 120_000,
          });
          const seen = await page.evaluate(() => ({
            shown: window.__resultsShown,
            status: document.querySelector('[role="status"]')?.textContent ?? '',
            files: performance
              .getEntriesByType('resource')
              .map((e) => ({ name: e.name, end: e.responseEnd, size: e.transferSize })),
          }));
          const files = seen.files.filter((f) => isSearchFile(f.name));
          const first = files.filter((f) => /search-index\.json$|search-engine-/.test(f.name));
          if (first.length !== 2) throw new Error(`the search's code and index were not fetched`);
          matches = seen.status;
          // Then another search, from the results page's search field: the search is loaded.
          await page.evaluate(watchResults, startOf(next));
          const asked = await page.evaluate(() => performance.now());
          await field.fill(next);
          await field.press('Enter');
          await page.waitForFunction(() => window.__resultsShown !== undefined, null, {
            timeout: 120_000,
          });
          const again = await page.evaluate(() => window.__resultsShown - 0);
          if (i > 0) {
            times.push(seen.shown - Math.max(...first.map((f) => f.end)));
            bytes.push(files.reduce((sum, f) => sum + f.size, 0));
            nextTimes.push(again - asked);
          }
        } finally {
          await context.close();
        }
      }
      const result = {
        query,
        matches,
        answerMs: median(times),
        fetchedKiB: median(bytes) / 1024,
        nextMs: median(nextTimes),
        runs: { answerMs: times, bytes, nextMs: nextTimes },
      };
      log(
        `search ${JSON.stringify(query)}: ${matches} answered ${Math.round(result.answerMs)} ms after its code and index arrived (${cpu}× CPU, median of ${runs}); ${result.fetchedKiB.toFixed(1)} KiB fetched; the next search (${JSON.stringify(next)}) ${Math.round(result.nextMs)} ms`,
      );
      results.push(result);
    }
  } finally {
    await browser.close();
  }
  return results;
}
