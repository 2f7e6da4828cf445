#!/usr/bin/env node
// `npm run bench:sessions`: how long the home page and a guide's start page take to show their
// case sessions, and how many DOM nodes they hold, with 10 and with 1,000 saved sessions (about
// 1.3 KB each, as an engineer's year of cases). Headless Chromium against a production build
// (dist/, `npm run build` first), served on 127.0.0.1; nothing else is called. The sessions and
// the measure are bench:library's (library-sessions.mjs); this runs them on one build, quickly.
//
//   node scripts/bench/home-sessions.mjs [--dist DIR] [--runs N] [--counts 10,1000]
//
// The machine is shared: the figures are indicative, compare them within one run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { serveDist } from './analyzer/static-server.mjs';
import { measureSessions, sessionRecords } from './library-sessions.mjs';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dist = resolve(option('--dist', join(app, 'dist')));
const runs = Number(option('--runs', '5'));
const counts = option('--counts', '10,1000').split(',').map(Number);

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run npm run build first.`);
  process.exit(1);
}

const scenarios = parse(
  readFileSync(join(app, 'content/extension-failures/scenarios.yml'), 'utf8'),
);
const records = sessionRecords(scenarios, Math.max(...counts), {
  guideId: 'extension-failures',
  now: new Date().toISOString(),
});
const server = await serveDist(dist);
try {
  console.log(`build: ${dist}; ${runs} runs each, median`);
  const results = await measureSessions({
    url: server.url,
    pages: ['/', '/extension-failures'],
    counts,
    records,
    runs,
    log: (line) => console.error(line),
  });
  console.table(
    results.map((r) => ({
      page: r.path,
      sessions: r.sessions,
      'shown (ms)': Math.round(r.shownMs),
      'DOM nodes': r.domNodes,
    })),
  );
} finally {
  server.close();
}
