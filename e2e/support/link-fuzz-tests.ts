import { expect, test, type Page } from '@playwright/test';
import type { GuideModel } from '../../src/machine/guide-model';
import { appSettled } from './app-settled';
import { acceptableHeading, fuzzLinks, payloadGlobal, type FuzzLink } from './fuzz-links';
import { createRng, seedFrom } from './prng';

interface PageRecord {
  removedHeadings: string[];
  /** The prerender marker when the document was parsed (`null`: none). */
  marker: string | null;
  /** Whether `#root` held prerendered markup when the document was parsed. */
  prerendered: boolean;
}

/** Records, from before any of the page's scripts runs, what the app does to the page. */
async function recordPage(page: Page) {
  await page.addInitScript(() => {
    const record: PageRecord = { removedHeadings: [], marker: null, prerendered: false };
    Object.assign(window, { __fuzzRecord: record });
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of Array.from(mutation.removedNodes)) {
          const heading =
            node instanceof Element && (node.matches('h1') ? node : node.querySelector('h1'));
          if (heading) record.removedHeadings.push(heading.textContent ?? '');
        }
      }
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      record.marker = document.documentElement.getAttribute('data-prerender');
      record.prerendered = Boolean(document.getElementById('root')?.hasChildNodes());
    });
  });
}

async function checkLink(
  page: Page,
  link: FuzzLink,
  acceptable: (heading: string) => boolean,
  problems: string[],
) {
  const baseURL = test.info().project.use.baseURL!;
  let status: number;
  try {
    const response = await page.goto(`${baseURL}${link.url}`, { waitUntil: 'domcontentloaded' });
    status = response?.status() ?? 0;
  } catch (error) {
    problems.push(`did not open: ${String(error).split('\n')[0]!.slice(0, 120)}`);
    return;
  }
  if (status >= 400) {
    problems.push(`HTTP ${status}`);
    return;
  }
  try {
    await appSettled(page);
    // A screen still loading what it shows (search results: the index) says so: wait for it.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
      timeout: 15_000,
    });
  } catch {
    problems.push(`never settled: ${JSON.stringify(await page.locator('h1').allTextContents())}`);
    return;
  }
  const seen = await page.evaluate((global) => {
    const main = document.querySelector('main') ?? document.body;
    return {
      headings: Array.from(document.querySelectorAll('h1'), (h) => h.textContent ?? ''),
      waysForward: main.querySelectorAll('a[href], button').length,
      record: (window as unknown as { __fuzzRecord: PageRecord }).__fuzzRecord,
      ran: (window as unknown as Record<string, unknown>)[global] !== undefined,
      origin: location.origin,
    };
  }, payloadGlobal);
  const [heading, ...more] = seen.headings;
  if (more.length > 0) problems.push(`${seen.headings.length} h1: ${seen.headings.join(' | ')}`);
  if (heading === undefined || !acceptable(heading)) {
    problems.push(`shows “${heading}”`);
  } else if (link.expectHeading !== undefined && heading !== link.expectHeading) {
    problems.push(`shows “${heading}”, not “${link.expectHeading}”`);
  }
  if (seen.waysForward === 0) problems.push('no link or button to go on');
  if (seen.ran) problems.push('a script from the link ran');
  if (seen.origin !== new URL(baseURL).origin) problems.push(`left for ${seen.origin}`);
  const { record } = seen;
  // Only a page the app hydrates (`fresh`) keeps its markup; `stale` and `answered` are rendered anew.
  if (record.prerendered && record.marker === 'fresh' && record.removedHeadings.length > 0) {
    problems.push(`prerendered screen replaced (${record.removedHeadings.join(' | ')})`);
  }
}

/**
 * The link fuzzer's tests: open `count` generated links into `guides` (see `fuzzLinks`), in
 * batches of 130, and check each shows a step or a clear message with a way forward, with no
 * uncaught error, no console error (a React hydration mismatch is one), no prerendered screen
 * replaced after the fact, and no script from the link run. `inBuild` are all the guides the
 * build under test has (any of their steps may show). Replay a run with `FUZZ_SEED=<seed>`;
 * `FUZZ_COUNT` sets how many links.
 */
export function linkFuzzTests(
  guides: readonly GuideModel[],
  inBuild: readonly GuideModel[],
  defaultCount: number,
) {
  const seed = seedFrom('FUZZ_SEED');
  const count = Number(process.env.FUZZ_COUNT ?? defaultCount);
  const links = fuzzLinks(createRng(seed), count, guides);
  const acceptable = acceptableHeading(inBuild);
  const batchSize = 130;
  const batches = Array.from({ length: Math.ceil(links.length / batchSize) }, (_, i) =>
    links.slice(i * batchSize, (i + 1) * batchSize),
  );
  const label = guides.map((g) => g.manifest.id).join(', ');

  for (const [index, batch] of batches.entries()) {
    test(`link fuzz (${label}), seed ${seed}: links ${index * batchSize + 1}–${index * batchSize + batch.length} of ${links.length}`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      if (index === 0) {
        console.log(
          `link fuzz (${label}): ${links.length} links, seed ${seed} (replay with FUZZ_SEED=${seed})`,
        );
      }
      const errors: string[] = [];
      let dialogs = 0;
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
      });
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await recordPage(page);

      const started = Date.now();
      const batchFailures: string[] = [];
      for (const link of batch) {
        errors.length = 0;
        dialogs = 0;
        const problems: string[] = [];
        await checkLink(page, link, acceptable, problems);
        problems.push(...errors.map((e) => e.slice(0, 200)));
        if (dialogs > 0) problems.push(`${dialogs} dialog(s) opened`);
        if (problems.length > 0) {
          const shown =
            link.url.length > 200
              ? `${link.url.slice(0, 200)}… (${link.url.length} chars)`
              : link.url;
          batchFailures.push(`[${link.kind}] ${shown}\n    ${problems.join('\n    ')}`);
        }
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `link fuzz, seed ${seed}, batch ${index + 1}/${batches.length}: ${batch.length} links in ${seconds} s, ${batchFailures.length} failed`,
      );
      expect(
        batchFailures,
        `${batchFailures.length} of ${batch.length} links failed (seed ${seed}, replay with FUZZ_SEED=${seed}):\n${batchFailures.join('\n')}`,
      ).toEqual([]);
    });
  }
}
