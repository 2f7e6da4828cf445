import { expect, test } from 'vitest';
import { segmentsOf } from '../../lib/marked-text';
import { highlightFor, markedRanges, snippetFor, type Highlight } from './search-snippet';
import type { SearchHit } from './search-query';

const marks = (text: string, highlight: Highlight) =>
  segmentsOf(text, markedRanges(text, highlight))
    .filter((s) => s.mark)
    .map((s) => s.text);

const terms = (...t: string[]): Highlight => ({ terms: new Set(t), phrases: [] });

test('a whole code is marked as written', () => {
  expect(
    marks('COMException (0x80110401): Errors (HRESULT: 0x80110401)', terms('80110401')),
  ).toEqual(['0x80110401', '0x80110401']);
});

test('a part of a name marks only that part', () => {
  expect(marks('failing with ExtensionInstallationFailedMDTC', terms('mdtc'))).toEqual(['MDTC']);
});

test('a name that matched by one of its parts marks that part', () => {
  expect(
    marks(
      'go to Microsoft.Azure.RecoveryServices.VMSnapshot',
      terms('microsoft', 'microsoft.azure.recoveryservices.vmsnapshot'),
    ),
  ).toEqual(['Microsoft']);
});

test('other names are marked as phrases', () => {
  const highlight: Highlight = { terms: new Set(['regedit']), phrases: [['registry', 'editor']] };
  expect(marks('open the Registry Editor by typing regedit', highlight)).toEqual([
    'Registry Editor',
    'regedit',
  ]);
});

test('segments cover the whole text, in order', () => {
  const text = 'Event ID 4689 in the Application log';
  const segments = segmentsOf(text, markedRanges(text, terms('4689')));
  expect(segments.map((s) => s.text).join('')).toBe(text);
  expect(segments).toEqual([
    { text: 'Event ID ', mark: false },
    { text: '4689', mark: true },
    { text: ' in the Application log', mark: false },
  ]);
});

const hit = (blocks: string[], answerLabels: string[] = []): SearchHit => ({
  id: 'g/s',
  guideId: 'g',
  guideTitle: 'Guide',
  stepId: 's',
  kind: 'cause',
  href: '/g/s',
  title: 'Step',
  shortTitle: 'Step',
  blocks,
  answerLabels,
  aliasGroups: [],
  score: 1,
  match: {},
});

test('the snippet is the block with the most different matches', () => {
  const snippet = snippetFor(
    hit(['Nothing here.', 'Event 4689 only.', 'Event ID 4689 and 0x8000ffff.']),
    terms('4689', '8000ffff'),
  )!;
  expect(snippet.source).toBe('page');
  expect(snippet.segments.map((s) => s.text).join('')).toBe('Event ID 4689 and 0x8000ffff.');
});

test('a long block is cut around its first match, between words, with ellipses', () => {
  const long = `${'word '.repeat(60)}the code 0x80110401 is here ${'more '.repeat(60)}`.trim();
  const text = snippetFor(hit([long]), terms('80110401'))!
    .segments.map((s) => s.text)
    .join('');
  expect(text.startsWith('…word')).toBe(true);
  expect(text.endsWith('…')).toBe(true);
  expect(text).toContain('0x80110401');
  expect(text.length).toBeLessThanOrEqual(222);
});

test('a match only in the answer options shows that option', () => {
  const snippet = snippetFor(
    hit(['Intro.'], ['None of these', 'Event ID 4689 seen']),
    terms('4689'),
  )!;
  expect(snippet.source).toBe('answers');
  expect(snippet.segments.map((s) => s.text).join('')).toBe('Event ID 4689 seen');
});

test('with no match in the text, the page opening is shown unmarked', () => {
  const snippet = snippetFor(hit(['Intro.', 'More.']), terms('elsewhere'))!;
  expect(snippet.segments).toEqual([{ text: 'Intro.', mark: false }]);
});

test('the names of a search-term group are marked only when the match was by an alias alone', () => {
  const group = ['regedit', 'Registry Editor', 'REG ADD'];
  const byAlias = highlightFor({
    ...hit(['x']),
    aliasGroups: [group],
    match: { regedit: ['aliases'] },
  });
  expect(byAlias.phrases).toEqual([['regedit'], ['registry', 'editor'], ['reg', 'add']]);
  const inText = highlightFor({
    ...hit(['x']),
    aliasGroups: [group],
    match: { regedit: ['text', 'aliases'] },
  });
  expect(inText.phrases).toEqual([]);
});
