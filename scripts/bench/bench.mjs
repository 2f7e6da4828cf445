#!/usr/bin/env node
// `npm run bench`: this app's production build measured with the shared benchmark harness,
// beside the plain-HTML (static) and SurveyJS peers measured in the same run, as one table of
// ratios and targets. See docs/performance.md.
//
//   npm run bench [-- --quick] [-- --no-build] [-- --with-analyzer]
//   npm run bench -- --guides N [...]: the library bench instead (scripts/bench/library.mjs,
//   `npm run bench:library`): 1 guide against N + 1, and 10 against 1,000 saved sessions
//
// Measured: Lighthouse mobile + desktop on the start page, a cause page and a link with answers
// (the Cause 3 link), the Cause 3 click flow on the desktop and mobile profiles; both peers the
// same way; and the same flow on the harness's floor (scripts/bench/floor/: a page whose click
// only swaps its heading), the least a click can measure on this machine. Results (the
// harness's JSON, its comparison tables, this table) go to bench-results/.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchRows, benchTable, targetsMet } from './bench-table.mjs';
import { defaultWorkDir, prepareWorkspace } from './bench-workspace.mjs';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(app, 'bench-results');
const log = (...a) => console.error('[bench]', ...a);

const pages = {
  start: '/extension-failures',
  cause: '/extension-failures/cause/msvc-dll-mismatch',
  answered:
    '/extension-failures/cause/msvc-dll-mismatch?log-permission=granted&collect-asc=not-working&collect-manual=collected&error-code=extension-installation-failed-com&findings=install-provider-com-exception&dll-dates=differ&v=1',
};

const usage = `usage: npm run bench -- [--quick] [--no-build] [--dist DIR] [--with-analyzer]
       npm run bench -- --guides N [...]   the library bench (npm run bench:library -- --help)
  --quick          1 Lighthouse run per preset and 3 flow runs per profile: a smoke run, not figures
  --no-build       measure the dist/ already built
  --dist DIR       measure another build (implies --no-build): an earlier commit's, for a
                   before/after in one sitting
  --with-analyzer  also run the analyzer's scan (npm run bench:analyzer) on the same build
env: BENCH_DIR (shared bench folder, default ../shared/bench), BENCH_WORK (its writable copy)`;

function parseArgs(argv) {
  const o = { quick: false, build: true, analyzer: false, dist: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--dist' && argv[i + 1]) {
      o.dist = resolve(argv[++i]);
      o.build = false;
    } else if (a === '--with-analyzer') o.analyzer = true;
    else if (a === '-h' || a === '--help') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${usage}`);
  }
  return o;
}

/** One harness measure (`measure.mjs`), its JSON result read back. */
async function measure(harnessDir, { label, dist, path, flow, lighthouse = true, quick }) {
  const file = join(out, `${label}.json`);
  const args = ['measure.mjs', dist, path, '--label', label, '--out', file];
  if (flow) args.push('--flow', flow);
  else args.push('--no-flow');
  if (!lighthouse) args.push('--no-lighthouse');
  if (quick) args.push('--quick');
  log(`measuring ${label} (${path})`);
  const run = spawnSync('node', args, { cwd: harnessDir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`measure.mjs failed for ${label} (exit ${run.status})`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The analyzer's scan (`npm run bench:analyzer`, scripts/bench/analyzer/run.mjs): run on the
 * dist/ just built, its printed figures (throughput, longest main-thread task, memory, `grep -E`
 * on the same files) kept as a note under the table.
 */
function analyzerRows() {
  log('analyzer: node scripts/bench/analyzer/run.mjs');
  const run = spawnSync('node', ['scripts/bench/analyzer/run.mjs'], {
    cwd: app,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`the analyzer bench failed (exit ${run.status})`);
  return {
    rows: [],
    note: `Analyzer scan (scripts/bench/analyzer/run.mjs):\n\n\`\`\`\n${run.stdout.trim()}\n\`\`\``,
  };
}

async function main() {
  if (process.argv.includes('--guides')) {
    const library = join(app, 'scripts/bench/library.mjs');
    const run = spawnSync('node', [library, ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(run.status ?? 1);
  }
  const o = parseArgs(process.argv.slice(2));
  const load = loadavg().map((x) => x.toFixed(2));
  const started = new Date();
  mkdirSync(out, { recursive: true });
  const workspace = prepareWorkspace({
    sharedDir: resolve(process.env.BENCH_DIR ?? join(app, '../shared/bench')),
    workDir: resolve(process.env.BENCH_WORK ?? defaultWorkDir(app)),
    log,
  });
  if (o.build) {
    log('npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const dist = o.dist ?? join(app, 'dist');
  const flow = join(app, 'scripts/bench/wizard-cause3.flow.mjs');
  const { harnessDir, peers } = workspace;
  const quick = o.quick;

  const staticPeer = await measure(harnessDir, {
    label: 'static',
    ...peers.static,
    path: '/',
    quick,
  });
  const surveyjs = await measure(harnessDir, {
    label: 'surveyjs',
    ...peers.surveyjs,
    path: '/',
    quick,
  });
  // The harness's floor: a page whose click only swaps a heading (scripts/bench/floor/).
  const floor = await measure(harnessDir, {
    label: 'floor',
    dist: join(app, 'scripts/bench/floor'),
    path: '/',
    flow,
    lighthouse: false,
    quick,
  });
  const start = await measure(harnessDir, {
    label: 'ours-start',
    dist,
    path: pages.start,
    flow,
    quick,
  });
  const cause = await measure(harnessDir, { label: 'ours-cause', dist, path: pages.cause, quick });
  const answered = await measure(harnessDir, {
    label: 'ours-answered',
    dist,
    path: pages.answered,
    quick,
  });
  const analyzer = o.analyzer
    ? analyzerRows()
    : { rows: [], note: 'analyzer scan: not run (--with-analyzer)' };

  const compare = spawnSync(
    'node',
    [
      'compare.mjs',
      ...['static', 'surveyjs', 'floor', 'ours-start', 'ours-cause', 'ours-answered'].map((l) =>
        join(out, `${l}.json`),
      ),
    ],
    { cwd: harnessDir, encoding: 'utf8' },
  );
  writeFileSync(join(out, 'harness-tables.md'), compare.stdout);

  const rows = [
    ...benchRows({ start, cause, answered, staticPeer, surveyjs, floor }),
    ...analyzer.rows,
  ];
  const { met, of } = targetsMet(rows);
  const loadAfter = loadavg().map((x) => x.toFixed(2));
  const header = [
    `## ${quick ? 'SMOKE RUN (--quick: 1 Lighthouse run, 3 flow runs; not figures to quote)' : 'Benchmark'}, ${started.toISOString()}`,
    '',
    `Machine: ${cpus().length} cores, load average ${load.join(' / ')} at start, ${loadAfter.join(' / ')} at the end` +
      (Number(load[0]) > cpus().length / 2 ? ' (busy: figures are indicative only)' : '') +
      '. Medians; clicks = click → next step painted; SurveyJS column on click rows = its median click; floor = the same click on a page that only swaps its heading (scripts/bench/floor/).',
    '',
  ];
  const text = [
    ...header,
    benchTable(rows),
    '',
    `Targets met: ${met} of ${of}.${analyzer.note ? ` ${analyzer.note}.` : ''}`,
    `Full harness tables: bench-results/harness-tables.md`,
  ].join('\n');
  writeFileSync(join(out, 'bench.md'), `${text}\n`);
  console.log(text);
}

main().catch((e) => {
  console.error(e?.stack ?? String(e));
  process.exit(1);
});
