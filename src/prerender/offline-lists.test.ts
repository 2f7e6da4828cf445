import { expect, test } from 'vitest';
import { offlineLists } from './offline-lists';

const guides = [
  { id: 'alpha', folder: '/content/alpha', pathname: '/alpha' },
  { id: 'beta', folder: '/content/beta', pathname: '/beta-base' },
];
const manifest = {
  'index.html': { file: 'assets/index-1.js', src: 'index.html' },
  'content/alpha/guide.md?definition': {
    file: 'assets/alpha-2.js',
    src: 'content/alpha/guide.md?definition',
  },
  'content/alpha/pages/start.mdx': {
    file: 'assets/start-3.js',
    src: 'content/alpha/pages/start.mdx',
    css: ['assets/start-3.css'],
  },
  'content/beta/guide.md?definition': {
    file: 'assets/beta-4.js',
    src: 'content/beta/guide.md?definition',
  },
  'content/alphabet/guide.md?definition': {
    file: 'assets/alphabet-5.js',
    src: 'content/alphabet/guide.md?definition',
  },
  '_shared-6.js': { file: 'assets/shared-6.js' },
};
const files = [
  '/index.html',
  '/assets/index-1.js',
  '/assets/alpha-2.js',
  '/assets/start-3.js',
  '/assets/start-3.css',
  '/assets/beta-4.js',
  '/assets/alphabet-5.js',
  '/assets/shared-6.js',
  '/alpha/index.html',
  '/alpha/cause/x/index.html',
  '/alphabet/index.html',
  '/beta-base/index.html',
  '/search-index.json',
  '/assets/search-terms-0-a.json',
  '/assets/search-terms-1-b.json',
  '/assets/search-steps-alpha-c.json',
  '/assets/search-postings-alpha-d.json',
  '/assets/search-steps-beta-e.json',
  '/assets/search-postings-beta-f.json',
];
const search = {
  parts: [
    { first: '0', file: 'assets/search-terms-0-a.json' },
    { first: 'm', file: 'assets/search-terms-1-b.json' },
  ],
  shown: { alpha: 'assets/search-steps-alpha-c.json', beta: 'assets/search-steps-beta-e.json' },
  own: { alpha: 'assets/search-postings-alpha-d.json', beta: 'assets/search-postings-beta-f.json' },
};

test('a guide keeps its pages, the chunks built from its folder and its search files; the rest is the shell', () => {
  const lists = offlineLists(guides, manifest, files, search);
  expect(lists.guides).toEqual({
    alpha: [
      '/alpha/cause/x/index.html',
      '/alpha/index.html',
      '/assets/alpha-2.js',
      '/assets/search-postings-alpha-d.json',
      '/assets/search-steps-alpha-c.json',
      '/assets/start-3.css',
      '/assets/start-3.js',
    ],
    beta: [
      '/assets/beta-4.js',
      '/assets/search-postings-beta-f.json',
      '/assets/search-steps-beta-e.json',
      '/beta-base/index.html',
    ],
  });
  // The search's shared postings are neither: fetched as searches need them.
  expect(lists.searchParts).toEqual([
    '/assets/search-terms-0-a.json',
    '/assets/search-terms-1-b.json',
  ]);
  // A folder or base path that only starts like a guide's is not that guide's.
  expect(lists.shell).toEqual([
    '/index.html',
    '/assets/index-1.js',
    '/assets/alphabet-5.js',
    '/assets/shared-6.js',
    '/alphabet/index.html',
    '/search-index.json',
  ]);
});

test('a search small enough to be one file is in the shell, whole', () => {
  const inline = { parts: [{ first: '0', file: 'x' }], shown: { alpha: 'y' }, own: {}, inline: {} };
  const lists = offlineLists(guides, manifest, ['/index.html', '/search-index.json'], inline);
  expect(lists.shell).toEqual(['/index.html', '/search-index.json']);
  expect(lists.searchParts).toEqual([]);
  expect(lists.guides.alpha).not.toContain('/y');
});
