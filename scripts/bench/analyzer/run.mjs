import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLogs } from './generate-logs.mjs';
import { rendererPids, rssOf } from './process-memory.mjs';
import { serveDist } from './static-server.mjs';

/**
 * `npm run bench:analyzer`: generates a realistic ~200 MB log set, scans it in headless Chromium
 * through the real analyzer page (files picked, Analyse clicked, results awaited), and prints the
 * throughput, the longest main-thread task, the renderer's memory, and `grep -E` over the same
 * UTF-8 files for comparison. The machine is shared: the figures are indicative.
 * Options: --keep (keep the generated logs), CHROMIUM_PATH.
 */

const app = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = join(app, 'dist');
const keep = process.argv.includes('--keep');
const MB = 1024 * 1024;
const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * The texts the guide's signatures anchor on (content/extension-failures/signatures.ts), as one
 * grep pattern: what the analyzer searches every byte for.
 */
const grepPattern = [
  'ExtensionSnapshotFailedCOM',
  'ExtensionInstallationFailedCOM',
  'ExtensionInstallationFailedMDTC',
  'The run-time environment has detected an inconsistency in its internal state',
  'IaaSVmProvider',
  'BcdrAgent',
  'IsProviderInstalled',
  'IsCommonProviderInstalled',
  'Install provider failed',
  '4689',
].join('|');

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function grepSeconds(flags, files) {
  let best = Infinity;
  let lines = 0;
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    // Output captured (not /dev/null, where GNU grep stops at the first match).
    const run = spawnSync('grep', [...flags, grepPattern, ...files], {
      maxBuffer: 1024 * MB,
      encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
    best = Math.min(best, seconds);
    lines = run.stdout.split('\n').length - 1;
  }
  return { seconds: best, lines };
}

/** Watches the page's main thread: long tasks (PerformanceObserver) and how late timers run. */
function installProbes() {
  const bench = {
    longest: 0,
    longTasks: 0,
    lateness: 0,
    start: 0,
    end: 0,
    measuring: false,
    longAt: [],
  };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    if (!bench.measuring) return;
    for (const e of list.getEntries()) {
      bench.longTasks++;
      bench.longest = Math.max(bench.longest, e.duration);
      bench.longAt.push([Math.round(e.startTime - bench.start), Math.round(e.duration)]);
    }
  }).observe({ type: 'longtask', buffered: false });
  let expected = performance.now() + 10;
  setInterval(() => {
    const now = performance.now();
    if (bench.measuring) bench.lateness = Math.max(bench.lateness, now - expected);
    expected = now + 10;
  }, 10);
  document.addEventListener(
    'submit',
    () => {
      Object.assign(bench, {
        longest: 0,
        longTasks: 0,
        lateness: 0,
        measuring: true,
        start: performance.now(),
      });
    },
    true,
  );
  new MutationObserver(() => {
    if (bench.measuring && document.getElementById('analyzer-results')) {
      bench.end = performance.now();
      bench.measuring = false;
    }
  }).observe(document, { childList: true, subtree: true });
}

async function measure(context, baseUrl, profileDir, files) {
  const page = await context.newPage();
  await page.addInitScript(installProbes);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${baseUrl}/extension-failures/analyze`);
  await page.getByRole('button', { name: 'Analyse' }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByTestId('analyzer-files').setInputFiles(files.map((f) => f.path));
  const pids = rendererPids(profileDir);
  const baseline = rssOf(pids);
  let peak = baseline;
  // Renderer memory is sampled from /proc; nothing polls the page (CDP calls run on its main thread).
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(pids));
  }, 50);
  const metric = async (name) =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;
  const busyBefore = await metric('TaskDuration');
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.getByRole('heading', { name: 'What the logs show' }).waitFor({ timeout: 600_000 });
  clearInterval(sampler);
  const busy = (await metric('TaskDuration')) - busyBefore;
  const heap = await metric('JSHeapUsedSize');
  peak = Math.max(peak, rssOf(pids));
  const bench = await page.evaluate(() => window.__bench);
  const summary = await page
    .getByText(/^(Searched|Nothing found in)/)
    .first()
    .textContent();
  await page.close();
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  const seconds = (bench.end - bench.start) / 1000;
  return {
    bytes,
    seconds,
    mbps: bytes / MB / seconds,
    bench,
    busy,
    rssGrowth: peak - baseline,
    heap,
    summary,
  };
}

function report(label, r) {
  const longest =
    r.bench.longTasks === 0
      ? 'no task over 50 ms'
      : `${r.bench.longTasks} over 50 ms, longest ${fmt(r.bench.longest)} ms (${r.bench.longAt
          .map(([at, d]) => `${d} ms at ${fmt(at)} ms`)
          .join(', ')}; results shown at ${fmt(r.seconds * 1000)} ms)`;
  console.log(
    `${label}: ${fmt(r.bytes / MB, 1)} MB in ${fmt(r.seconds, 2)} s = ${fmt(r.mbps)} MB/s (${r.summary?.trim()})`,
  );
  console.log(
    `  main thread: ${longest}; timers at most ${fmt(r.bench.lateness)} ms late; busy ${fmt(r.busy * 1000)} ms in all (CPU time of its tasks)`,
  );
  console.log(
    `  memory: renderer (page and worker) +${fmt(r.rssGrowth / MB)} MB at peak; page JS heap ${fmt(r.heap / MB, 1)} MB after`,
  );
}

async function main() {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('No build: run `npm run build` first.');
  const work = mkdtempSync(join(tmpdir(), 'analyzer-bench-'));
  const profileDir = join(work, 'profile');
  try {
    console.log('Analyzer benchmark (indicative: a shared 2-core machine)');
    const files = await generateLogs(join(work, 'logs'));
    const utf8 = files.filter((f) => f.utf8);
    const total = files.reduce((n, f) => n + f.bytes, 0);
    const utf8Bytes = utf8.reduce((n, f) => n + f.bytes, 0);
    console.log(
      `Log set: ${files.length} files, ${fmt(total / MB, 1)} MB (${fmt(utf8Bytes / MB, 1)} MB UTF-8, ${fmt((total - utf8Bytes) / MB, 1)} MB UTF-16LE) in ${work}/logs`,
    );
    for (const f of files)
      console.log(
        `  ${relative(join(work, 'logs'), f.path)} ${fmt(f.bytes / MB, 1)} MB${f.utf8 ? '' : ' (UTF-16LE)'}`,
      );
    // The same set again under other names (hard links: no extra disk), to see memory with 2x.
    const twice = files.map((f) => {
      const copy = join(work, 'copy', relative(join(work, 'logs'), f.path));
      mkdirSync(dirname(copy), { recursive: true });
      linkSync(f.path, copy);
      return { ...f, path: copy };
    });

    const server = await serveDist(dist);
    const executablePath =
      process.env.CHROMIUM_PATH ??
      (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: quietChromiumArgs,
    });
    try {
      await measure(context, server.url, profileDir, utf8.slice(0, 1)); // warm-up
      const all = await measure(context, server.url, profileDir, files);
      report('Analyzer, all files', all);
      // Best of 3, as for grep.
      let onlyUtf8 = await measure(context, server.url, profileDir, utf8);
      for (let i = 0; i < 2; i++) {
        const again = await measure(context, server.url, profileDir, utf8);
        if (again.mbps > onlyUtf8.mbps) onlyUtf8 = again;
      }
      report('Analyzer, the UTF-8 files (best of 3)', onlyUtf8);
      const double = await measure(context, server.url, profileDir, [...files, ...twice]);
      report('Analyzer, the set twice', double);

      const utf8Paths = utf8.map((f) => f.path);
      const grepI = grepSeconds(['-E', '-i', '-n'], utf8Paths);
      const grepCs = grepSeconds(['-E', '-n'], utf8Paths);
      const grepIMbps = utf8Bytes / MB / grepI.seconds;
      const grepCsMbps = utf8Bytes / MB / grepCs.seconds;
      console.log(
        `grep -E -i -n, the UTF-8 files: ${fmt(grepIMbps)} MB/s (best of 3, ${fmt(grepI.lines)} lines matched)`,
      );
      console.log(
        `grep -E -n (case-sensitive), the UTF-8 files: ${fmt(grepCsMbps)} MB/s (best of 3)`,
      );
      console.log(
        `Ratio, same UTF-8 bytes: analyzer / grep -E -i = ${fmt(onlyUtf8.mbps / grepIMbps, 2)}; analyzer / grep -E = ${fmt(onlyUtf8.mbps / grepCsMbps, 2)} (target ≥ 0.25; the analyzer ignores case like -i)`,
      );
      console.log(
        `Memory with twice the bytes: +${fmt(double.rssGrowth / MB)} MB vs +${fmt(all.rssGrowth / MB)} MB at peak (flat means it does not grow with file size)`,
      );
    } finally {
      await context.close();
      server.close();
    }
  } finally {
    if (keep) console.log(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
