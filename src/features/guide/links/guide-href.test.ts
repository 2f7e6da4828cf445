import { expect, test } from 'vitest';
import { stepPathFromPathname } from './guide-href';
import { resolveStep } from './resolve-step';

test('a step path is read off the pathname, with or without a trailing slash', () => {
  expect(stepPathFromPathname('/extension-failures')).toBe('');
  expect(stepPathFromPathname('/extension-failures/')).toBe('');
  expect(stepPathFromPathname('/extension-failures/collect/asc')).toBe('collect/asc');
  expect(stepPathFromPathname('/extension-failures/collect/asc/')).toBe('collect/asc');
  expect(stepPathFromPathname('/somewhere-else/collect/asc')).toBeUndefined();
  expect(stepPathFromPathname('/extension-failuresX/retry')).toBeUndefined();
});

test('a prerendered page’s own file path shows its step, as the host served it', () => {
  expect(stepPathFromPathname('/extension-failures/retry/index.html')).toBe('retry');
  expect(stepPathFromPathname('/extension-failures/index.html')).toBe('');
  expect(stepPathFromPathname('/extension-failures/cause/desktop-heap/index.html/')).toBe(
    'cause/desktop-heap',
  );
});

test('percent-encoding is decoded as hosts decode it: an encoded slash is a slash', () => {
  expect(stepPathFromPathname('/extension-failures/collect%2Fasc')).toBe('collect/asc');
  expect(stepPathFromPathname('/extension-failures/collect%2fasc')).toBe('collect/asc');
  expect(stepPathFromPathname('/extension-failures/c%61use/desktop-he%61p')).toBe(
    'cause/desktop-heap',
  );
  expect(stepPathFromPathname('/extension-failures//symptoms//findings')).toBe('symptoms/findings');
  expect(stepPathFromPathname('/Extension-Failures/retry')).toBe('retry');
});

test('a path that cannot be decoded names no step, and is not mistaken for one', () => {
  expect(stepPathFromPathname('/extension-failures/retry%')).toBe('retry%');
  expect(stepPathFromPathname('/extension-failures/re%E0%A4%Atry')).toBe('re%E0%A4%Atry');
  expect(resolveStep(stepPathFromPathname('/extension-failures/retry%')!, '').status).toBe(
    'unknown-step',
  );
});

test('a newline-type character in the path is an unknown step, with the step it likely meant', () => {
  for (const bit of ['%0a', '%0d', '%0D%0A', '%E2%80%A8', '%E2%80%A9']) {
    const view = resolveStep(stepPathFromPathname(`/extension-failures/ret${bit}ry`)!, '');
    expect(view.status, bit).toBe('unknown-step');
    expect(view.status === 'unknown-step' && view.suggestions.map((s) => s.id), bit).toEqual([
      'retry',
    ]);
  }
});
