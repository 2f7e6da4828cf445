#!/usr/bin/env node
// `npm run bench:storage -- [--sessions N] [--runs N] [--saves N] [--settle ms]` (after
// `npm run build`): the figures behind where case sessions live (issue 20, point 2; ADR 003),
// localStorage as today or IndexedDB. In Playwright's Chromium, against the production build's
// origin, with N realistic saved sessions (library-sessions.mjs; 1,000 by default):
//   - the first read of a browser just started on a profile that holds them (from disk, as an
//     engineer's first page of the day): the first `localStorage.getItem` (Chromium loads the
//     origin's whole map then) and reading and parsing every record; against IndexedDB, opening
//     the database and reading every record, or only a small summary per session (what a list
//     shows);
//   - a note saved on `pagehide`: a page writes a note both ways when it is hidden, by a link to
//     another page or by closing its tab; counted is how often the note is there a moment later.
// No app code runs: the same origin's `/icon.svg` is the page, so only storage is measured.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { serveBuild } from './library-serve.mjs';
import { launchProfile, sessionRecords } from './library-sessions.mjs';
import { shippedGuide } from './library-tree.mjs';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--sessions', 1000);
const runs = arg('--runs', 7);
const saves = arg('--saves', 20);
const settle = arg('--settle', 1000);

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/** In the page: stores the records both ways (localStorage as the app does; IndexedDB). */
async function seed(records) {
  for (const [key, value] of records) localStorage.setItem(key, value);
  const db = await new Promise((done, fail) => {
    const open = indexedDB.open('spike', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('sessions');
      open.result.createObjectStore('summaries');
      open.result.createObjectStore('notes');
    };
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  const tx = db.transaction(['sessions', 'summaries'], 'readwrite');
  for (const [key, value] of records) {
    const { session } = JSON.parse(value);
    tx.objectStore('sessions').put(JSON.parse(value), key);
    tx.objectStore('summaries').put(
      {
        id: session.id,
        guideId: session.guideId,
        caseNumber: session.caseNumber,
        label: session.label,
        updatedAt: session.updatedAt,
        stepId: session.stepId,
      },
      key,
    );
  }
  await new Promise((done, fail) => {
    tx.oncomplete = done;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}

/** In the page: each way of reading, timed (ms). */
async function readAll(way) {
  const t = performance.now();
  if (way === 'localStorage') {
    localStorage.getItem('tsg-wizard:nothing');
    const first = performance.now() - t;
    let n = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('tsg-wizard:session:')) {
        JSON.parse(localStorage.getItem(key));
        n++;
      }
    }
    return { first, all: performance.now() - t, n };
  }
  const db = await new Promise((done, fail) => {
    const open = indexedDB.open('spike', 1);
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  const first = performance.now() - t;
  const store = way === 'indexedDB summaries' ? 'summaries' : 'sessions';
  const rows = await new Promise((done, fail) => {
    const get = db.transaction(store).objectStore(store).getAll();
    get.onsuccess = () => done(get.result);
    get.onerror = () => fail(get.error);
  });
  db.close();
  return { first, all: performance.now() - t, n: rows.length };
}

/** In the page: on `pagehide`, writes `note` both ways. */
function saveOnHide(note) {
  const open = indexedDB.open('spike', 1);
  open.onsuccess = () => {
    window.__db = open.result;
  };
  addEventListener('pagehide', () => {
    localStorage.setItem('spike:note', note);
    window.__db?.transaction('notes', 'readwrite').objectStore('notes').put(note, 'note');
  });
}

async function readNote() {
  const db = await new Promise((done) => {
    const open = indexedDB.open('spike', 1);
    open.onsuccess = () => done(open.result);
  });
  const idb = await new Promise((done) => {
    const get = db.transaction('notes').objectStore('notes').get('note');
    get.onsuccess = () => done(get.result);
  });
  db.close();
  return { localStorage: localStorage.getItem('spike:note'), indexedDB: idb };
}

/** One launch of the profile: opens `path`, runs `fn(arg)` in the page, closes the browser. */
async function inProfile(dir, url, fn, arg) {
  const browser = await launchProfile(dir);
  try {
    const tab = browser.pages()[0] ?? (await browser.newPage());
    await tab.goto(url);
    return await tab.evaluate(fn, arg);
  } finally {
    await browser.close();
  }
}

async function main() {
  const scenarios = parse(
    readFileSync(join(app, 'content', shippedGuide, 'scenarios.yml'), 'utf8'),
  );
  const records = sessionRecords(scenarios, count, {
    guideId: shippedGuide,
    now: new Date().toISOString(),
  });
  const bytes = records.reduce((s, [k, v]) => s + (k.length + v.length) * 2, 0);
  const server = await serveBuild(join(app, 'dist'));
  const page = (what) => `${server.url}/icon.svg?${what}`;
  const profile = mkdtempSync(join(tmpdir(), 'storage-spike-'));
  try {
    // Stored once; then each read is the first of a browser just started on that profile, as
    // an engineer's first page of the day: the storage comes from disk.
    await inProfile(profile, page('seed'), seed, records);
    const ways = ['localStorage', 'indexedDB', 'indexedDB summaries'];
    const times = Object.fromEntries(ways.map((w) => [w, { first: [], all: [] }]));
    for (let i = 0; i <= runs; i++) {
      for (const way of ways) {
        const r = await inProfile(profile, page(way), readAll, way);
        if (r.n !== count) throw new Error(`${way} read ${r.n} of ${count} records`);
        if (i > 0) {
          times[way].first.push(r.first);
          times[way].all.push(r.all);
        }
      }
    }
    console.log(
      `${count} sessions (${(bytes / 1024 / 1024).toFixed(2)} MB as localStorage holds them, UTF-16), the first page of a browser just started, median of ${runs}:`,
    );
    console.log('| storage | first access | every record read |');
    console.log('|---|---:|---:|');
    for (const way of ways) {
      console.log(
        `| ${way} | ${median(times[way].first).toFixed(1)} ms | ${median(times[way].all).toFixed(1)} ms |`,
      );
    }

    const kept = {
      link: { localStorage: 0, indexedDB: 0 },
      close: { localStorage: 0, indexedDB: 0 },
    };
    const browser = await launchProfile(profile);
    try {
      for (let i = 0; i < saves; i++) {
        for (const how of ['link', 'close']) {
          const tab = await browser.newPage();
          const note = `note ${how} ${i}`;
          await tab.goto(page('hide'));
          await tab.evaluate(saveOnHide, note);
          await tab.waitForFunction(() => window.__db !== undefined);
          let reader = tab;
          if (how === 'link') await tab.goto(page('next'));
          else {
            await tab.close({ runBeforeUnload: true });
            reader = await browser.newPage();
            await reader.goto(page('read'));
          }
          // A moment for a write still under way to land: what matters is whether the note is
          // there when the engineer comes back.
          await reader.waitForTimeout(settle);
          const found = await reader.evaluate(readNote);
          await reader.close();
          if (found.localStorage === note) kept[how].localStorage++;
          if (found.indexedDB === note) kept[how].indexedDB++;
        }
      }
    } finally {
      await browser.close();
    }
    console.log(`\nA note written on pagehide, found ${settle} ms afterwards (of ${saves}):`);
    console.log('| page hidden by | localStorage | IndexedDB |');
    console.log('|---|---:|---:|');
    for (const how of ['link', 'close']) {
      const by = how === 'link' ? 'a link to another page' : 'closing the tab';
      console.log(`| ${by} | ${kept[how].localStorage} | ${kept[how].indexedDB} |`);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((e) => {
  console.error(e?.stack ?? String(e));
  process.exit(1);
});
