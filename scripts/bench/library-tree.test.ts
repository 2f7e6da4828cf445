import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseStoredSession } from '../../src/features/sessions/session-schema';
import { sessionRecords, type Scenario } from './library-sessions.mjs';
import { copyGuideManifest, copyId, shippedGuide } from './library-tree.mjs';

const guideDir = join(import.meta.dirname, '../../content', shippedGuide);
const shipped = readFileSync(join(guideDir, 'guide.md'), 'utf8');

/** The front matter of a guide.md, parsed. */
function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(match).not.toBeNull();
  return parse(match![1]!) as Record<string, unknown>;
}

test('a copy of the shipped guide is a distinct guide that claims no unlabelled sessions', () => {
  const original = frontMatter(shipped);
  expect(original.ownsUnlabelledSessions).toBe(true);
  const [first, second] = [7, 123].map((i) => frontMatter(copyGuideManifest(shipped, i)));

  expect(copyId(7)).toBe('extension-failures-copy-007');
  expect(first!.basePath).toBe('/extension-failures-copy-007');
  expect(second!.basePath).toBe('/extension-failures-copy-123');
  expect(first!.title).not.toBe(original.title);
  expect(first!.title).not.toBe(second!.title);
  expect(first!.errors).toEqual([...(original.errors as string[]), 'LibraryCopy007Failed']);
  expect(first).not.toHaveProperty('ownsUnlabelledSessions');
  // The flow is the shipped guide's: only the manifest's names differ.
  expect(first!.steps).toEqual(original.steps);
  expect(first!.conditions).toEqual(original.conditions);
});

test('the sessions seeded into the browser are records the app reads back', () => {
  const scenarios = parse(readFileSync(join(guideDir, 'scenarios.yml'), 'utf8')) as Scenario[];
  const records = sessionRecords(scenarios, 40, {
    guideId: shippedGuide,
    now: '2026-12-07T12:00:00.000Z',
  });
  expect(new Set(records.map(([key]) => key)).size).toBe(40);
  for (const [key, value] of records) {
    const read = parseStoredSession(value);
    expect(read).toMatchObject({ ok: true, migrated: false });
    if (!read.ok) continue;
    expect(key).toBe(`tsg-wizard:session:${read.session.id}`);
    expect(read.session.guideId).toBe(shippedGuide);
    expect(read.session.timeline.length).toBe(Object.keys(read.session.answers).length);
    expect(scenarios.map((s) => s.ends)).toContain(read.session.stepId);
  }
});
