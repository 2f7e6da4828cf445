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
];

test('a guide keeps its pages and the chunks built from its folder; the rest is the shell', () => {
  const lists = offlineLists(guides, manifest, files);
  expect(lists.guides).toEqual({
    alpha: [
      '/alpha/cause/x/index.html',
      '/alpha/index.html',
      '/assets/alpha-2.js',
      '/assets/start-3.css',
      '/assets/start-3.js',
    ],
    beta: ['/assets/beta-4.js', '/beta-base/index.html'],
  });
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
