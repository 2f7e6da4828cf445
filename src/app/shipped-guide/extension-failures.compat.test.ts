import { expect, test } from 'vitest';
import { loadChecklistCatalog } from '../../features/guide/content/load-checklist-catalog';
import type { CaseSession } from '../../features/sessions/session-record';
import { guideRegistry } from '../../guides/guide-registry';
import { pathsToTheEnd } from '../../machine/guide-paths';
import { guideFacts } from '../../prerender/guide-facts';
import data from './__golden__/extension-failures-data.json';
import links from './__golden__/extension-failures-links.json';
import sessions from './__golden__/extension-failures-sessions.json';
import { linkResolution, sessionOutcome } from './compat-snapshot';

/**
 * Every link and saved session made before the guide was ported to Markdown opens as it did:
 * `__golden__/` holds what the TypeScript machine (6d8c6cd) made of every README link, of 500
 * generated answered links (valid, reordered, partial, contradictory, tampered, opened on the
 * wrong step) and of 40 saved sessions (where Resume opens, the case note).
 */

const guide = await guideRegistry.loadGuide('extension-failures');
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

test('the golden covers every README link and 500 generated answered links', () => {
  expect(links.readme).toBeGreaterThanOrEqual(15);
  expect(links.links.length - links.readme).toBeGreaterThanOrEqual(500);
});

test('every link resolves to the same step, answers, messages and notices', () => {
  const differing = links.links.filter(
    ({ url, result }) =>
      JSON.stringify(plain(linkResolution(guide, url))) !== JSON.stringify(result),
  );
  expect(differing.map((l) => l.url)).toEqual([]);
});

test('every saved session resumes at the same step, with the same case note', async () => {
  const catalog = await loadChecklistCatalog('extension-failures');
  for (const { session, result } of sessions) {
    expect(
      plain(sessionOutcome(guide, session as unknown as CaseSession, catalog)),
      session.id,
    ).toEqual(result);
  }
});

test('every step, label, fact and item of data is carried over word for word', async () => {
  const folder = '/content/extension-failures';
  const noEvents = (steps: readonly unknown[]) =>
    JSON.parse(
      JSON.stringify(steps, (key, value: unknown) => (key === 'event' ? undefined : value)),
    );
  const withoutEnd = (id: string) =>
    Object.fromEntries(
      Object.entries(data.steps.find((s) => s.id === id)!).filter(([k]) => k !== 'end'),
    );
  const known = withoutEnd('known-issues');
  const resolved = withoutEnd('resolved');
  expect(noEvents(guide.steps.filter((s) => !s.end))).toEqual(
    noEvents(data.steps.filter((s) => !('end' in s))),
  );
  // `end.resolved` (which nothing read) became the case's outcome.
  expect(guide.stepById('resolved')).toMatchObject({ ...resolved, end: { outcome: 'resolved' } });
  expect(guide.stepById('known-issues')).toMatchObject({ ...known, end: { outcome: 'referred' } });
  expect(guide.stepById('known-issues')!.end!.next.trim()).toBe(
    data.steps.find((s) => s.id === 'known-issues')!.end!.next.trim(),
  );
  const { properties, ...manifest } = data.manifest;
  // The words the app used for every guide, now this guide's own (ADR 009).
  expect(plain(guide.manifest)).toEqual({
    ...manifest,
    cards: [properties],
    service: 'Azure Backup',
    words: {
      errors: 'For backup failures with these errors:',
      outcome: 'Outcome of the retried backup',
      afterCause: 'Apply the remediation, retry the backup and record the result',
      failure: 'the failed backup job',
      noOutcome: 'Not retried: no known cause matched, so no remediation was applied',
    },
  });
  const regex = (_: string, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v);
  const bundle = await guideRegistry.loadBundle('extension-failures');
  const read = async (load: (() => Promise<unknown>) | undefined) =>
    JSON.parse(JSON.stringify(await load!(), regex)) as unknown;
  expect(await read(bundle.glossary)).toEqual(data.glossary);
  expect(await read(bundle.whyWeAsk)).toEqual(data.whyWeAsk);
  expect(await read(bundle.practiceCases)).toEqual(data.practiceCases);
  expect(await read(bundle.searchTerms)).toEqual(data.searchTerms);
  expect(await read(bundle.signatures)).toEqual(data.signatures);
  expect(plain(guideFacts[folder])).toEqual(data.facts);
  // The same ways through the guide (the order `xstate/graph` finds them in is not kept).
  expect(
    pathsToTheEnd(guide)
      .map((p) => p.description)
      .sort(),
  ).toEqual([...data.paths].sort());
});
