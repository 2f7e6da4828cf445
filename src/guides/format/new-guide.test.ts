import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { compileGuide } from './compile-guide';
import { newGuide } from './new-guide';

/** The two-card TSG of the Markdown fixture guide, which was filled in from what this makes. */
const tsg = readFileSync('e2e/fixtures/guides/test-fixture-badge-printer/tsg.txt', 'utf8');

test('a TSG of two cards: the manifest from its properties, a page per card, the rest TODO', () => {
  const { files, cards } = newGuide(tsg, '2026-12-07');
  expect(cards).toBe(2);
  expect(Object.keys(files).sort()).toEqual([
    'guide.md',
    'pages/resolved.mdx',
    'pages/start.mdx',
    'pages/test-fixture-badge-printer-badgefeede201.mdx',
    'pages/test-fixture-badge-printer-badgeribbone202.mdx',
    'tsg.txt',
  ]);
  expect(files['tsg.txt']).toBe(tsg);
  // The TSG's words, as MDX reads them.
  expect(files['pages/test-fixture-badge-printer-badgefeede201.mdx']).toContain(
    'Check the three feed conditions together:',
  );
  const source = compileGuide({ folder: 'content/new-one', files });
  expect(source.manifest?.cards).toHaveLength(2);
  expect(source.manifest?.owner.name).toBe('WizardTests');
  // What is left for the author: every TODO, where it stands, and nothing else.
  const problems = source.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.every((p) => p.includes('left to do: '))).toBe(true);
  expect(problems).toContain(
    'guide.md:3: left to do: summary: TODO: one sentence: what the guide is for',
  );
  expect(problems.filter((p) => p.includes('next: TODO: where it leads'))).toHaveLength(4);
});

test('a TSG of one card: a page per section, the TSG’s <br> and braces made safe for MDX', () => {
  const seed = [
    '<properties\n pageTitle="One card"\n articleId="a-1"\n authors="Team"\n/>',
    '# One card',
    '#### __Collect  logs__',
    'Go to (**ASC > Case Overview**).<br>',
    '#### __Check it__',
    'Set {x} and retry.',
  ].join('\n\n');
  const { files } = newGuide(seed, '2026-12-07');
  expect(Object.keys(files).filter((f) => f.startsWith('pages/'))).toEqual([
    'pages/start.mdx',
    'pages/collect-logs.mdx',
    'pages/check-it.mdx',
    'pages/resolved.mdx',
  ]);
  expect(files['pages/collect-logs.mdx']).toContain('Go to (**ASC > Case Overview**).<br />');
  expect(files['pages/check-it.mdx']).toContain('Set \\{x\\} and retry.');
  expect(files['pages/collect-logs.mdx']).toContain("title: 'Collect logs'".replace(/'/g, ''));
});

test('a text without <properties> is refused', () => {
  expect(() => newGuide('# Just a page', '2026-12-07')).toThrow('no <properties');
});
