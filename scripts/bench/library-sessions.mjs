// Case sessions for bench:library: realistic stored records (src/features/sessions/: schema 2,
// `tsg-wizard:session:<id>`), each one of the shipped guide's scenarios (scenarios.yml: a real
// path and the step it ends on) with its case number, label, timeline, ticked checklist items and
// notes; and the time a page takes to show them, in Playwright's Chromium.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/** The checklists on the steps of the shipped guide (`<Checklist id>` in its pages), items 1, 2. */
const checklistOf = {
  'collect-asc': 'asc-report',
  'collect-manual': 'manual-log-locations',
  'cause-desktop-heap': 'desktop-heap-remediation',
  'cause-iaasvm-provider': 'iaasvm-provider-keys',
  'cause-msvc-dll-mismatch': 'msvc-dll-remediation',
};

const labels = [
  'Contoso prod SQL VM, nightly backup',
  'Fabrikam file server',
  'Woodgrove DC01 after patch Tuesday',
  'Tailspin web tier, 3 VMs',
  undefined,
];

/**
 * `count` stored sessions (`[key, value]`, as the app writes them) of guide `guideId`, cycling
 * through `scenarios` (`{ name, answers, ends }`), newest first, a few minutes apart before `now`.
 */
export function sessionRecords(scenarios, count, { guideId, guideVersion = 1, now }) {
  if (scenarios.length === 0) throw new Error('no scenarios to make sessions from');
  const end = Date.parse(now);
  const records = [];
  for (let i = 0; i < count; i++) {
    const scenario = scenarios[i % scenarios.length];
    const created = end - (i + 1) * 7 * 60_000 - 45 * 60_000;
    const iso = (ms) => new Date(ms).toISOString();
    const entries = Object.entries(scenario.answers);
    const timeline = entries.map(([stepId, value], k) => ({
      stepId,
      value: String(value),
      at: iso(created + (k + 1) * 60_000),
    }));
    const updatedAt = iso(created + (entries.length + 1) * 60_000);
    const checklists = {};
    for (const step of [...entries.map(([s]) => s), scenario.ends]) {
      if (checklistOf[step]) checklists[checklistOf[step]] = { 1: updatedAt, 2: updatedAt };
    }
    const notes = {
      [scenario.ends]: {
        text: `Case ${i + 1}: ${scenario.name}. Customer asked for an update by end of day; logs attached to the case.`,
        updatedAt,
      },
    };
    if (entries[0]) {
      notes[entries[0][0]] = { text: 'Permission recorded in the case notes.', updatedAt };
    }
    const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    const label = labels[i % labels.length];
    const session = {
      id,
      revision: entries.length + 2,
      createdAt: iso(created),
      updatedAt,
      caseNumber: `26120700${String(i + 1).padStart(8, '0')}`,
      ...(label ? { label } : {}),
      guideId,
      guideVersion,
      stepId: scenario.ends,
      answers: Object.fromEntries(entries.map(([k, v]) => [k, String(v)])),
      timeline,
      checklists,
      notes,
    };
    records.push([`tsg-wizard:session:${id}`, JSON.stringify({ schema: 2, session })]);
  }
  return records;
}

/** Chromium as the browser tests start it (scripts/browser-path.ts). */
const chromiumOptions = () => {
  const fromEnv = process.env.CHROMIUM_PATH;
  return {
    executablePath: fromEnv || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
};

export const launchChromium = () => chromium.launch(chromiumOptions());

/** The same, with a profile kept in `dir` from one launch to the next (its storage on disk). */
export const launchProfile = (dir) => chromium.launchPersistentContext(dir, chromiumOptions());

/**
 * In the page, from its first script on: the time (performance.now(), from navigation start) of
 * the first animation frame in which the "Recent case sessions" list is shown: the region is
 * there, no row is still loading (`aria-busy`) and a Resume button is. Kept in
 * `window.__sessionsShown`.
 */
function watchList() {
  const shown = () => {
    const region = document.querySelector('section[aria-labelledby="recent-sessions"]');
    if (!region || region.querySelector('[aria-busy="true"]')) return false;
    return [...region.querySelectorAll('button')].some((b) =>
      (b.textContent ?? '').startsWith('Resume'),
    );
  };
  const frame = () => {
    if (shown()) window.__sessionsShown = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * For each page and number of sessions: `runs` loads (after one discarded), each in a new
 * browser context (empty cache and storage), the sessions stored first from a page of the same
 * origin that is not the app; the median time until the list is shown, and the page's element
 * count (`document.getElementsByTagName('*').length`) once it is.
 */
export async function measureSessions({ url, pages, counts, records, runs, log = () => {} }) {
  const browser = await launchChromium();
  const results = [];
  try {
    for (const path of pages) {
      for (const count of counts) {
        const stored = records.slice(0, count);
        const times = [];
        const nodes = [];
        for (let i = 0; i <= runs; i++) {
          const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
          try {
            const page = await context.newPage();
            // Same origin, not the app (a file with an extension: no SPA fallback).
            await page.goto(`${url}/icon.svg`);
            await page.evaluate((rows) => {
              for (const [key, value] of rows) localStorage.setItem(key, value);
            }, stored);
            await page.addInitScript(watchList);
            await page.goto(`${url}${path}`, { waitUntil: 'commit' });
            await page.waitForFunction(() => window.__sessionsShown !== undefined, null, {
              timeout: 120_000,
            });
            const shownMs = await page.evaluate(() => window.__sessionsShown);
            const count = await page.evaluate(() => document.getElementsByTagName('*').length);
            if (i > 0) {
              times.push(shownMs);
              nodes.push(count);
            }
          } finally {
            await context.close();
          }
        }
        const result = {
          path,
          sessions: count,
          shownMs: median(times),
          domNodes: median(nodes),
          runs: { shownMs: times, domNodes: nodes },
        };
        log(
          `${path} with ${count} sessions: shown in ${Math.round(result.shownMs)} ms (median of ${runs}), ${result.domNodes} elements`,
        );
        results.push(result);
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
