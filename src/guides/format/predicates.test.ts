import { expect, test } from 'vitest';
import { defineCompiledGuide } from '../../machine/compiled-guide';
import type { NamedPredicate } from '../../machine/guide-condition';
import { createGuideModel } from '../../machine/guide-model';
import { replay } from '../../machine/replay';
import { compileGuide } from './compile-guide';
import type { GuideSourceFiles } from './guide-source';
import { readGuideFolder } from './read-guide-folder';

/** The escape hatch: a condition written in TypeScript, used by name in a rule. */

const fixture = readGuideFolder(process.cwd(), 'e2e/fixtures/guides/test-fixture-badge-printer');
const withRule = (when: string): GuideSourceFiles => ({
  ...fixture,
  hasPredicates: true,
  files: {
    ...fixture.files,
    'decisions/feed-decision.md': fixture.files['decisions/feed-decision.md']!.replace(
      'when: which-error = feed and all-feed-checks',
      `when: ${when}`,
    ),
  },
});

/** Two of the three feed conditions: what the TSG's rule cannot say with its operators. */
const predicates: Record<string, NamedPredicate> = {
  'two-feed-checks': {
    reads: ['feed-checks'],
    test: (answers) => (answers['feed-checks'] ?? []).length >= 2,
  },
  'ribbon-torn': { reads: ['ribbon-state'], test: (a) => !!a['ribbon-state']?.includes('torn') },
};
const reads = Object.fromEntries(
  Object.entries(predicates).map(([name, p]) => [name, { reads: p.reads }]),
);

test('a rule uses a named predicate, and the machine runs it', () => {
  const source = compileGuide({ ...withRule('two-feed-checks'), predicates: reads });
  expect(source.problems).toEqual([]);
  const guide = createGuideModel(
    source.manifest!,
    defineCompiledGuide(source.compiled!, predicates),
  );
  const end = (checks: string) =>
    replay(guide, { 'which-error': 'feed', 'feed-checks': checks }).trail.at(-1)!.id;
  expect(end('hopper-seated,cards-flat')).toBe('cause-worn-roller');
  expect(end('hopper-seated')).toBe('fix-feed');
});

test('an unknown name, and a predicate reading an answer not given on every way in', () => {
  const unknown = compileGuide({ ...withRule('two-feed-check'), predicates: reads });
  expect(unknown.problems.map((p) => p.message)).toContain(
    '`two-feed-check` is no named condition or predicate of this guide',
  );
  const unread = compileGuide({ ...withRule('ribbon-torn'), predicates: reads });
  expect(unread.problems.map((p) => p.message)).toContain(
    '`ribbon-torn` reads `ribbon-state`, which is not answered on every way into `feed-decision` (not on start → which-error → feed-checks → feed-decision)',
  );
});
