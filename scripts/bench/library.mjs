#!/usr/bin/env node
// `npm run bench:library -- --guides 200` (or `npm run bench -- --guides 200`): does the app stay
// fast, light and offline with a library of guides and many case sessions? Two trees are made
// in the OS temp folder (library-tree.mjs), never in the repository: this checkout as it is
// (1 guide) and the same with N copies of the shipped guide added. For each:
//   - `npm run build` and `npm run check:guides`, timed;
//   - sizes: dist/assets/app-*.js and step-preload-*.js (raw, gzip -9), the service worker's
//     precache (files and bytes, as prerender.mjs injected it into dist/sw.js),
//     dist/search-index.json and the search's other files (assets/search-*.json);
//   - Lighthouse mobile on the guide's start page, as the shared harness runs it
//     (library-lighthouse.mjs): JS on first load (brotli), TBT, performance score;
//   - the first search of three queries at 4× CPU (library-search.mjs): bytes fetched, time to
//     answer once its code and index have arrived, and the next search's time;
//   - the home page and the guide's start page with 10 and 1,000 saved case sessions
//     (library-sessions.mjs): time until the list is shown, element count.
// Prints the tables and writes bench-results/library-<N>.{json,md}. The trees are removed at
// the end (--keep leaves them). See docs/performance.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { defaultWorkDir, prepareWorkspace } from './bench-workspace.mjs';
import { lighthouseMobile } from './library-lighthouse.mjs';
import { brotli, gzip, serveBuild } from './library-serve.mjs';
import { measureSearch } from './library-search.mjs';
import { measureSessions, sessionRecords } from './library-sessions.mjs';
import { libraryTable, sessionsTable } from './library-table.mjs';
import { makeLibraryTree, shippedGuide } from './library-tree.mjs';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(app, 'bench-results');
const log = (...a) => console.error('[bench:library]', ...a);

const usage = `usage: npm run bench:library -- [--guides N] [--quick] [--runs N] [--session-runs N]
                                  [--no-lighthouse] [--no-sessions] [--no-search] [--no-check]
                                  [--keep]
  --guides N         copies of the shipped guide added to the second tree (default 200)
  --quick            --guides 5, 1 Lighthouse run, 2 session runs: a smoke run, not figures
  --runs N           Lighthouse mobile runs per build (default 3; medians)
  --session-runs N   measured loads per page and number of sessions, and first searches per
                     query (default 5, after 1 discarded)
  --no-lighthouse, --no-sessions, --no-search, --no-check
                     skip a part (--no-check: check:guides)
  --keep             leave the trees (under the OS temp folder) for a look
env: BENCH_DIR (shared bench folder, default ../shared/bench), BENCH_WORK (its writable copy)`;

export function parseArgs(argv) {
  const o = {
    guides: 200,
    quick: false,
    runs: 3,
    sessionRuns: 5,
    lighthouse: true,
    sessions: true,
    search: true,
    check: true,
    keep: false,
  };
  const count = (a, v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${a} needs a whole number\n${usage}`);
    return n;
  };
  let guides;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--guides') guides = count(a, argv[++i]);
    else if (a === '--quick') o.quick = true;
    else if (a === '--runs') o.runs = Math.max(1, count(a, argv[++i]));
    else if (a === '--session-runs') o.sessionRuns = Math.max(1, count(a, argv[++i]));
    else if (a === '--no-lighthouse') o.lighthouse = false;
    else if (a === '--no-sessions') o.sessions = false;
    else if (a === '--no-search') o.search = false;
    else if (a === '--no-check') o.check = false;
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${usage}`);
  }
  if (o.quick) {
    o.guides = 5;
    o.runs = 1;
    o.sessionRuns = 2;
  }
  if (guides !== undefined) o.guides = guides;
  return o;
}

/** Runs an npm script in `dir`: its wall time and output (stderr shown on failure). */
function timedNpm(dir, script) {
  log(`${dir}: npm run ${script}`);
  const t = performance.now();
  const run = spawnSync('npm', ['run', script], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t;
  if (run.status !== 0) {
    throw new Error(`npm run ${script} failed in ${dir}:\n${run.stdout}\n${run.stderr}`);
  }
  return { ms, stdout: run.stdout };
}

const sizeOf = (buf) => ({ raw: buf.length, gzip: gzip(buf).length, br: brotli(buf).length });

/** The files of `dir` whose name matches, their sizes summed (raw, gzip, brotli). */
function assetSizes(dir, pattern) {
  const names = readdirSync(dir).filter((n) => pattern.test(n));
  const sum = { files: names.length, raw: 0, gzip: 0, br: 0 };
  for (const n of names) {
    const s = sizeOf(readFileSync(join(dir, n)));
    sum.raw += s.raw;
    sum.gzip += s.gzip;
    sum.br += s.br;
  }
  return sum;
}

/** Every file under `dir`: count and bytes. */
function treeSize(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * The service worker's precache: the list prerender.mjs injected into dist/sw.js (workbox's
 * `[{url, revision}…]`), its files' bytes summed; and what prerender logged, for a check.
 */
function precache(dist, buildLog) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
  const bytes = urls.reduce((s, u) => s + statSync(join(dist, u.replace(/^\//, ''))).size, 0);
  const logged = /sw\.js precaches the shell: (\d+) files \((\d+) bytes\)/.exec(buildLog);
  return {
    files: urls.length,
    bytes,
    logged: logged ? { files: Number(logged[1]), bytes: Number(logged[2]) } : null,
  };
}

/** The shipped guide's offline copy (`dist/offline/extension-failures.json`): files, bytes raw. */
function guideCopy(dist) {
  const list = join(dist, 'offline', 'extension-failures.json');
  if (!existsSync(list)) return null;
  const { files } = JSON.parse(readFileSync(list, 'utf8'));
  const bytes = files.reduce((s, f) => s + statSync(join(dist, f.url.replace(/^\//, ''))).size, 0);
  return { files: files.length, bytes };
}

/** Build, check and sizes of one tree. */
function buildAndSize(tree, { check: checking }) {
  const build = timedNpm(tree.dir, 'build');
  const check = checking ? timedNpm(tree.dir, 'check:guides') : { ms: null, stdout: '' };
  const dist = join(tree.dir, 'dist');
  const assets = join(dist, 'assets');
  const pages = /prerendered (\d+) pages/.exec(build.stdout);
  const guides = /check:guides: (\d+) guides, (\d+) steps/.exec(check.stdout);
  return {
    buildMs: build.ms,
    checkGuidesMs: check.ms,
    checkGuides: guides ? { guides: Number(guides[1]), steps: Number(guides[2]) } : null,
    prerenderedPages: pages ? Number(pages[1]) : null,
    appJs: assetSizes(assets, /^app-[\w-]+\.js$/),
    stepPreloadJs: assetSizes(assets, /^step-preload-[\w-]+\.js$/),
    libraryFile: existsSync(join(dist, 'guides.json'))
      ? sizeOf(readFileSync(join(dist, 'guides.json')))
      : null,
    guideBundle: assetSizes(assets, /^extension-failures-bundle-[\w-]+\.js$/),
    precache: precache(dist, build.stdout),
    guideCopy: guideCopy(dist),
    searchIndex: sizeOf(readFileSync(join(dist, 'search-index.json'))),
    searchFiles: (() => {
      const files = [
        join(dist, 'search-index.json'),
        ...readdirSync(assets)
          .filter((n) => /^search-.+\.json$/.test(n))
          .map((n) => join(assets, n)),
      ];
      return { files: files.length, raw: files.reduce((sum, f) => sum + statSync(f).size, 0) };
    })(),
    dist: treeSize(dist),
  };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const load = loadavg().map((x) => x.toFixed(2));
  const started = new Date();
  const t0 = performance.now();
  mkdirSync(out, { recursive: true });
  const root = join(
    tmpdir(),
    `wizard-library-${createHash('sha256').update(app).digest('hex').slice(0, 10)}`,
  );
  const trees = [
    { key: 'one', label: '1 guide', guides: 0, dir: join(root, 'guides-1') },
    {
      key: 'library',
      label: `${o.guides + 1} guides`,
      guides: o.guides,
      dir: join(root, `guides-${o.guides + 1}`),
    },
  ];
  const result = {
    schema: 'wizard-bench-library/1',
    date: started.toISOString(),
    quick: o.quick,
    options: o,
    machine: { cores: cpus().length, loadAvgAtStart: load.map(Number) },
    trees: {},
  };
  const file = join(out, `library-${o.guides}.json`);
  const save = () => writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  let harnessDir;
  try {
    if (o.lighthouse) {
      harnessDir = prepareWorkspace({
        sharedDir: resolve(process.env.BENCH_DIR ?? join(app, '../shared/bench')),
        workDir: resolve(process.env.BENCH_WORK ?? defaultWorkDir(app)),
        log,
        peers: false,
      }).harnessDir;
    }
    for (const tree of trees) {
      const t = performance.now();
      makeLibraryTree({ app, dir: tree.dir, guides: tree.guides, log });
      const made = performance.now() - t;
      result.trees[tree.key] = { label: tree.label, copies: tree.guides, makeTreeMs: made };
      Object.assign(result.trees[tree.key], buildAndSize(tree, o));
      save();
    }
    const scenarios = parse(
      readFileSync(join(app, 'content', shippedGuide, 'scenarios.yml'), 'utf8'),
    );
    const records = sessionRecords(scenarios, 1000, {
      guideId: shippedGuide,
      now: started.toISOString(),
    });
    for (const tree of trees) {
      const into = result.trees[tree.key];
      const server = await serveBuild(join(tree.dir, 'dist'));
      try {
        if (o.lighthouse) {
          log(`${tree.label}: Lighthouse mobile, /${shippedGuide}`);
          into.lighthouseStart = await lighthouseMobile({
            harnessDir,
            url: `${server.url}/${shippedGuide}`,
            runs: o.runs,
            log,
          });
          save();
        }
        if (o.search) {
          log(`${tree.label}: the first search, at 4× CPU`);
          into.search = await measureSearch({ url: server.url, runs: o.sessionRuns, log });
          save();
        }
        if (o.sessions) {
          log(`${tree.label}: saved case sessions`);
          into.sessions = await measureSessions({
            url: server.url,
            pages: ['/', `/${shippedGuide}`],
            counts: [10, 1000],
            records,
            runs: o.sessionRuns,
            log,
          });
          save();
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    if (!o.keep) rmSync(root, { recursive: true, force: true });
    else log(`trees kept in ${root}`);
  }
  result.benchMs = performance.now() - t0;
  result.machine.loadAvgAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
  save();

  const { one, library } = result.trees;
  const text = [
    `## ${o.quick ? 'SMOKE RUN (--quick: not figures to quote)' : 'Library benchmark'}, ${started.toISOString()}`,
    '',
    `Command: npm run bench:library -- ${process.argv.slice(2).join(' ')}`.trimEnd() + '.',
    `Machine: ${cpus().length} cores, load average ${load.join(' / ')} at start, ${result.machine.loadAvgAtEnd.join(' / ')} at the end. Bench run time ${(result.benchMs / 60000).toFixed(1)} min.`,
    '',
    libraryTable(one, library),
    '',
    o.sessions
      ? `Saved case sessions (all of ${shippedGuide}; median of ${o.sessionRuns} loads, each in a new browser context, desktop viewport, no throttling; shown = the list's first frame with no row loading):\n\n${sessionsTable(one, library)}`
      : 'Saved case sessions: not measured (--no-sessions)',
    '',
    `Results: bench-results/library-${o.guides}.json`,
  ].join('\n');
  writeFileSync(join(out, `library-${o.guides}.md`), `${text}\n`);
  console.log(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e?.stack ?? String(e));
    process.exit(1);
  });
}
