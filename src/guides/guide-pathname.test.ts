import { expect, test } from 'vitest';
import { findGuideBase, stepPathBelow } from './guide-pathname';

const base = '/extension-failures';
const below = (pathname: string) => stepPathBelow(base, pathname);

test('a step path is read off the pathname, with or without a trailing slash', () => {
  expect(below('/extension-failures')).toBe('');
  expect(below('/extension-failures/')).toBe('');
  expect(below('/extension-failures/collect/asc')).toBe('collect/asc');
  expect(below('/extension-failures/collect/asc/')).toBe('collect/asc');
  expect(below('/somewhere-else/collect/asc')).toBeUndefined();
  expect(below('/extension-failuresX/retry')).toBeUndefined();
});

test('a prerendered page’s own file path shows its step, as the host served it', () => {
  expect(below('/extension-failures/retry/index.html')).toBe('retry');
  expect(below('/extension-failures/index.html')).toBe('');
  expect(below('/extension-failures/cause/desktop-heap/index.html/')).toBe('cause/desktop-heap');
});

test('percent-encoding is decoded as hosts decode it: an encoded slash is a slash', () => {
  expect(below('/extension-failures/collect%2Fasc')).toBe('collect/asc');
  expect(below('/extension-failures/collect%2fasc')).toBe('collect/asc');
  expect(below('/extension-failures/c%61use/desktop-he%61p')).toBe('cause/desktop-heap');
  expect(below('/extension-failures//symptoms//findings')).toBe('symptoms/findings');
  expect(below('/Extension-Failures/retry')).toBe('retry');
});

test('a path that cannot be decoded is kept as it is, so it names no step', () => {
  expect(below('/extension-failures/retry%')).toBe('retry%');
  expect(below('/extension-failures/re%E0%A4%Atry')).toBe('re%E0%A4%Atry');
});

test('a newline-type character stays in the step path, where it names no step', () => {
  expect(below('/extension-failures/ret%0Ary')).toBe('ret\nry');
  expect(below('/extension-failures/ret%E2%80%A8ry')).toBe('ret\u2028ry');
});

test('the guide a path is in is found among several, the longest base first', () => {
  const bases = ['/printer', '/extension-failures', '/printer/jam'];
  expect(findGuideBase(bases, '/extension-failures/retry')).toEqual({
    basePath: '/extension-failures',
    rest: 'retry',
  });
  expect(findGuideBase(bases, '/printer/jam/tray')).toEqual({
    basePath: '/printer/jam',
    rest: 'tray',
  });
  expect(findGuideBase(bases, '/printer/tray')).toEqual({ basePath: '/printer', rest: 'tray' });
  expect(findGuideBase(bases, '/search')).toBeUndefined();
  expect(findGuideBase(bases, '/')).toBeUndefined();
});
