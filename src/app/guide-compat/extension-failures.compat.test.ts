import { expect, test } from 'vitest';
import { loadChecklistCatalog } from '../../features/guide/content/load-checklist-catalog';
import type { CaseSession } from '../../features/sessions/session-record';
import { guideRegistry } from '../../guides/guide-registry';
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
