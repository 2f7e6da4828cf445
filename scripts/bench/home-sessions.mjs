#!/usr/bin/env node
// `npm run bench:sessions`: how long the home page and a guide's start page take to show their
// case sessions, and how many DOM nodes they hold, with 10 and with 1,000 saved sessions (about
// 1.3 KB each, as an engineer's year of cases). Headless Chromium against the production build
// (dist/, `npm run build` first), served on 127.0.0.1; nothing else is called.
//
//   node scripts/bench/home-sessions.mjs [--dist DIR] [--runs N] [--counts 10,1000]
//
// "Shown": the list's region is on the page with its sessions, none still loading
// (`aria-busy`), timed from the navigation's start (`performance.now()` in the page, read on
// the first animation frame that sees it). The median of N runs, each in a fresh browser
// context. The machine is shared: the figures are indicative, compare them within one run.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { serveDist } from './analyzer/static-server.mjs';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dist = resolve(option('--dist', join(app, 'dist')));
const runs = Number(option('--runs', '5'));
const counts = option('--counts', '10,1000').split(',').map(Number);
const pages = { home: '/', 'guide start': '/extension-failures' };

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run npm run build first.`);
  process.exit(1);
}

/** The guide's own ways through it (content/extension-failures/scenarios.yml), as answers. */
const scenarios = parse(
  readFileSync(join(app, 'content/extension-failures/scenarios.yml'), 'utf8'),
).map((s) => ({ answers: s.answers, ends: s.ends }));

const notes = [
  'Customer confirmed the VM agent is running; WaAppAgent.log shows the install error at 02:14.',
  'ASC report attached to the case. Waiting for the customer to send the Plugins folder.',
  'Dates differ by three years: msvcp120.dll is older. Asked the customer to copy both from a healthy VM.',
  'Reboot did not help. Event 4689 seen twice in the Application log after the backup window.',
];

/** `count` stored sessions, newest first, as the one writer stores them (schema 2). */
function seedRecords(count) {
  const start = Date.parse('2026-01-05T09:00:00.000Z');
  const records = [];
  for (let i = 0; i < count; i++) {
    const scenario = scenarios[i % scenarios.length];
    const created = new Date(start + i * 8.7 * 3600_000);
    const updated = new Date(created.getTime() + ((i * 37) % 240) * 60_000);
    const at = (m) => new Date(created.getTime() + m * 60_000).toISOString();
    const steps = Object.keys(scenario.answers);
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const session = {
      id,
      revision: 3 + (i % 9),
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
      caseNumber: String(2601050010000000 + i * 7),
      ...(i % 3 === 0 ? { label: `Contoso backup ${i % 50}` } : {}),
      guideId: 'extension-failures',
      guideVersion: 1,
      stepId: scenario.ends,
      answers: scenario.answers,
      timeline: steps.map((stepId, n) => ({
        stepId,
        value: scenario.answers[stepId],
        at: at(n * 4),
        stamp: `${at(n * 4)}|000000|t${i}`,
      })),
      checklists: i % 2 ? { 'collect-manual': { 1: at(2), 2: at(3) } } : {},
      notes: { [scenario.ends]: { text: notes[i % notes.length], updatedAt: at(20) } },
      sync: {
        stamps: { name: `${at(0)}|000000|t${i}` },
        folded: { [`t${i}`]: steps.length },
        startAnswers: {},
      },
    };
    records.push([`tsg-wizard:session:${id}`, JSON.stringify({ schema: 2, session })]);
  }
  return records;
}

/** In the page: the first frame on which the sessions' list is shown, whole. */
function listShown() {
  const region = document.querySelector('section[aria-labelledby="recent-sessions"]');
  if (!region || !region.querySelector('h3') || region.querySelector('[aria-busy="true"]')) {
    return false;
  }
  return { ms: performance.now(), nodes: document.getElementsByTagName('*').length };
}

async function measure(browser, url, records) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const seed = await context.newPage();
  await seed.goto(`${url}/`);
  await seed.evaluate((rows) => {
    localStorage.clear();
    for (const [key, value] of rows) localStorage.setItem(key, value);
  }, records);
  const bytes = await seed.evaluate(() =>
    Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0),
  );
  await seed.close();
  const results = {};
  for (const [name, path] of Object.entries(pages)) {
    const page = await context.newPage();
    await page.goto(`${url}${path}`, { waitUntil: 'commit' });
    const shown = await page.waitForFunction(listShown, null, { polling: 'raf', timeout: 60_000 });
    results[name] = await shown.jsonValue();
    await page.close();
  }
  await context.close();
  return { results, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

const server = await serveDist(dist);
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  console.log(`build: ${dist}; ${runs} runs each, median`);
  // The counts measured in turn, run after run, so that the shared machine's load changes
  // weigh on each the same.
  const records = new Map(counts.map((count) => [count, seedRecords(count)]));
  const samples = new Map(counts.map((count) => [count, {}]));
  const bytes = new Map();
  for (let r = 0; r < runs; r++) {
    for (const count of counts) {
      const run = await measure(browser, server.url, records.get(count));
      bytes.set(count, run.bytes);
      for (const [name, value] of Object.entries(run.results)) {
        (samples.get(count)[name] ??= []).push(value);
      }
    }
  }
  const table = [];
  for (const count of counts) {
    for (const [name, values] of Object.entries(samples.get(count))) {
      table.push({
        sessions: count,
        page: name,
        'localStorage KB': fmt(bytes.get(count) / 1024),
        'shown (ms)': fmt(median(values.map((v) => v.ms))),
        'DOM nodes': fmt(median(values.map((v) => v.nodes))),
      });
    }
  }
  console.table(table);
} finally {
  await browser.close();
  server.close();
}
