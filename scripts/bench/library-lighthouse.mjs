// Lighthouse on one page of a build, as the shared harness runs it (measure.mjs: its pinned
// Lighthouse 12.2.3 and chrome-launcher, its Chromium and flags, the default mobile preset, a
// new Chromium per run) and reading the same figures from each report, "JS on first load"
// included (the `Script` requests' transfer sizes: brotli, headers included). Loaded from the
// harness's writable copy (bench-workspace.mjs), which has them installed.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/** The figures bench:library reports from one Lighthouse report (as measure.mjs reads them). */
function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const scripts = (lhr.audits['network-requests']?.details?.items ?? []).filter(
    (i) => i.resourceType === 'Script',
  );
  const score = lhr.categories.performance?.score;
  return {
    performance: score == null ? null : Math.round(score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    totalBytes: audit('total-byte-weight'),
    jsBytes: scripts.reduce((s, i) => s + (i.transferSize || 0), 0),
    jsRequests: scripts.length,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    runtimeError: lhr.runtimeError?.code ?? null,
  };
}

/** `runs` Lighthouse mobile runs of `url`: each run's figures and their medians. */
export async function lighthouseMobile({ harnessDir, url, runs, log = () => {} }) {
  const from = (path) => import(pathToFileURL(join(harnessDir, path)).href);
  const { default: lighthouse } = await from('node_modules/lighthouse/core/index.js');
  const chromeLauncher = await from('node_modules/chrome-launcher/dist/index.js');
  const { CHROME_PATH, CHROME_FLAGS } = await from('lib/util.mjs');
  const all = [];
  for (let i = 1; i <= runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME_PATH,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        { extends: 'lighthouse:default', settings: { onlyCategories: ['performance'] } },
      );
      const f = figures(result.lhr);
      log(
        `lighthouse mobile ${i}/${runs}: perf ${f.performance}, TBT ${Math.round(f.tbt)} ms, JS ${(f.jsBytes / 1024).toFixed(1)} KiB in ${f.jsRequests} files`,
      );
      all.push(f);
    } finally {
      await chrome.kill();
    }
  }
  const keys = Object.keys(all[0] ?? {}).filter((k) => k !== 'runtimeError');
  return {
    runs: all,
    median: Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))])),
  };
}
