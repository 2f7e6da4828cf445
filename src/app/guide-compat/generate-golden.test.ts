import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { loadChecklistCatalog } from '../../features/guide/content/load-checklist-catalog';
import { stepHref } from '../../features/guide/links/guide-href';
import type { CaseSession } from '../../features/sessions/session-record';
import { answerValuesFor } from '../../machine/guide-events';
import { pathsToTheEnd } from '../../machine/guide-paths';
import { guideRegistry } from '../../guides/guide-registry';
import { guideSources } from '../../guides/guide-sources';
import { guideFacts } from '../../prerender/guide-facts';
import { linkResolution, sessionOutcome } from './compat-snapshot';

/**
 * ONE-OFF: writes `__golden__/` from the guide as it is before its port to Markdown (6d8c6cd).
 * Never run again after the port: the golden is what the old machine did.
 */

function rngOf(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return { next, int, pick, shuffle, chance: (p: number) => next() < p };
}

const dir = new URL('./__golden__/', import.meta.url);
const write = (name: string, data: unknown) =>
  writeFileSync(new URL(name, dir), `${JSON.stringify(data, null, 1)}\n`);

test('write the golden files', async () => {
  const guide = await guideRegistry.loadGuide('extension-failures');
  const rng = rngOf(20261207);
  const base = guide.manifest.basePath;

  // Every link the README gives, as it gives it.
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const readmeLinks = [...new Set(readme.match(/\/extension-failures[^\s`<>)]*/g) ?? [])].filter(
    (l) => !l.includes('<') && !l.endsWith('.ts'),
  );

  // Every answered link the app makes: each step reached on every way through the guide.
  const answered: { step: string; answers: Record<string, string> }[] = [];
  const seen = new Set<string>();
  for (const path of pathsToTheEnd(guide)) {
    const answers: Record<string, string> = {};
    for (const s of path.steps) {
      if (s.value !== undefined) answers[s.step.id] = s.value;
      const href = stepHref(guide, s.next, answers);
      if (seen.has(href)) continue;
      seen.add(href);
      answered.push({ step: s.next.id, answers: { ...answers } });
    }
  }
  const pathOf = (id: string) => {
    const step = guide.stepById(id)!;
    return step.path ? `${base}/${step.path}` : base;
  };
  const query = (answers: Record<string, string>, extra: string[] = []) =>
    [...Object.entries(answers).map(([k, v]) => `${k}=${v}`), ...extra].join('&');
  const questions = guide.steps.filter((s) => answerValuesFor(s).length > 0);
  const findings = guide.stepById('findings')!;
  const findingValues = answerValuesFor(findings).filter((v) => v !== 'none');

  const generated = new Set<string>();
  const add = (url: string) => generated.add(url);
  for (const a of answered) add(`${pathOf(a.step)}?${query(a.answers, ['v=1'])}`);
  const variants: (() => string)[] = [
    // As made, any order, with or without the version.
    () => {
      const a = rng.pick(answered);
      const params = rng.shuffle(Object.entries(a.answers).map(([k, v]) => `${k}=${v}`));
      if (rng.chance(0.6)) params.push(rng.pick(['v=1', 'v=2', 'v=7']));
      return `${pathOf(a.step)}?${params.join('&')}`;
    },
    // Opened on an earlier step of its own way (later answers pre-fill).
    () => {
      const a = rng.pick(answered);
      const trail = Object.keys(a.answers);
      const at = trail.length ? rng.pick(trail) : 'start';
      return `${pathOf(at)}?${query(a.answers, ['v=1'])}`;
    },
    // Opened on a step its answers do not lead to.
    () => {
      const a = rng.pick(answered);
      return `${pathOf(rng.pick(guide.steps).id)}?${query(a.answers, ['v=1'])}`;
    },
    // Answers from two ways at once.
    () => {
      const a = rng.pick(answered);
      const b = rng.pick(answered);
      return `${pathOf(rng.pick([a.step, b.step]))}?${query({ ...a.answers, ...b.answers }, ['v=1'])}`;
    },
    // Findings in any combination and order.
    () => {
      const a = rng.pick(answered.filter((x) => 'findings' in x.answers));
      const values = rng.shuffle(findingValues).slice(0, 1 + rng.int(findingValues.length));
      const answers = { ...a.answers, findings: values.join(',') };
      const next = answered.filter((x) => x.answers.findings !== undefined);
      return `${pathOf(rng.pick(next).step)}?${query(answers)}`;
    },
    // A tampered value.
    () => {
      const a = rng.pick(answered.filter((x) => Object.keys(x.answers).length > 0));
      const id = rng.pick(Object.keys(a.answers));
      const other = rng.pick(questions);
      const value = rng.pick([
        rng.pick(answerValuesFor(other)),
        a.answers[id]!.toUpperCase(),
        `${a.answers[id]},${a.answers[id]}`,
        'none,event-4689',
        'nope',
        '',
      ]);
      return `${pathOf(a.step)}?${query({ ...a.answers, [id]: value }, ['v=1'])}`;
    },
    // A key the guide does not ask, a repeated key, a bad version.
    () => {
      const a = rng.pick(answered.filter((x) => Object.keys(x.answers).length > 0));
      const extra = rng.pick([
        'start=start',
        'unknown=1',
        `${rng.pick(Object.keys(a.answers))}=${rng.pick(answerValuesFor(rng.pick(questions)))}`,
        'v=0',
        'v=x',
        'v=1&v=1',
      ]);
      return `${pathOf(a.step)}?${query(a.answers, [extra])}`;
    },
    // Changing an earlier answer: the return step.
    () => {
      const a = rng.pick(answered.filter((x) => Object.keys(x.answers).length > 1));
      const at = rng.pick(Object.keys(a.answers));
      const to = rng.pick([a.step, rng.pick(guide.steps).id, 'nowhere']);
      return `${pathOf(at)}?${query(a.answers, ['v=1', `return=${to}`])}`;
    },
    // Only some of a way's answers.
    () => {
      const a = rng.pick(answered);
      const kept = Object.fromEntries(Object.entries(a.answers).filter(() => rng.chance(0.6)));
      return `${pathOf(a.step)}?${query(kept, ['v=1'])}`;
    },
    // A step path not quite right.
    () => {
      const step = rng.pick(guide.steps.filter((s) => s.path));
      const path = rng.pick([
        step.path.toUpperCase(),
        `${step.path}/`,
        step.path.replace('/', '%2F'),
        `${step.path}s`,
        step.path.slice(1),
        `${step.path}/index.html`,
      ]);
      const a = rng.pick(answered);
      return `${base}/${path}${rng.chance(0.5) ? `?${query(a.answers)}` : ''}`;
    },
  ];
  while (generated.size < 500) add(rng.pick(variants)());

  const links = [...readmeLinks, ...generated].map((url) => ({
    url,
    result: linkResolution(guide, url),
  }));
  write('extension-failures-links.json', { readme: readmeLinks.length, links });

  // Sessions saved on the way: every step of every way, with times, ticks and notes.
  const catalog = await loadChecklistCatalog('extension-failures');
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 9, minute)).toISOString();
  const picks = rng.shuffle(answered).slice(0, 40);
  const sessions = picks.map((a, i) => {
    const entries = Object.entries(a.answers);
    const stepId = rng.chance(0.2) ? rng.pick(guide.steps).id : a.step;
    const checklists: CaseSession['checklists'] = {};
    for (const [id, list] of Object.entries(catalog)) {
      if (!(list.stepId in a.answers) && list.stepId !== a.step) continue;
      const ticks = list.items.filter(() => rng.chance(0.5));
      if (ticks.length) checklists[id] = Object.fromEntries(ticks.map((t, n) => [t.id, at(n)]));
    }
    const session: CaseSession = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      revision: 1 + entries.length,
      createdAt: at(0),
      updatedAt: at(entries.length * 3 + 1),
      ...(rng.chance(0.7) ? { caseNumber: String(2601100010000000 + i) } : {}),
      ...(rng.chance(0.5) ? { label: `Case ${i}` } : {}),
      guideId: 'extension-failures',
      guideVersion: 1,
      stepId,
      answers: a.answers,
      timeline: entries.map(([id, value], n) => ({ stepId: id, value, at: at(n * 3 + 1) })),
      checklists,
      notes: Object.fromEntries(
        entries
          .filter(() => rng.chance(0.3))
          .map(([id], n) => [
            id,
            { text: `Note on ${id}: C:\\Windows\\System32 0x80110401`, updatedAt: at(n) },
          ]),
      ),
    };
    return { session, result: sessionOutcome(guide, session, catalog) };
  });
  write('extension-failures-sessions.json', sessions);

  // The guide's data, as the app reads it.
  const folder = '/content/extension-failures';
  const regex = (_: string, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v);
  const data = {
    manifest: guide.manifest,
    steps: guide.steps,
    glossary: await guideSources.glossaries[folder]!(),
    whyWeAsk: await guideSources.whyWeAsk[folder]!(),
    practiceCases: await guideSources.practiceCases[folder]!(),
    searchTerms: await guideSources.searchTerms![folder]!(),
    signatures: await guideSources.signatures![folder]!(),
    facts: guideFacts[folder],
    paths: pathsToTheEnd(guide).map((p) => p.description),
  };
  writeFileSync(
    new URL('extension-failures-data.json', dir),
    `${JSON.stringify(data, regex, 1)}\n`,
  );
});
