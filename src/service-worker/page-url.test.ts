import { expect, test } from 'vitest';
import { prerenderedPageUrl } from './page-url';

const page = (href: string) => prerenderedPageUrl(new URL(href, 'https://wizard.example'))?.href;

test('a step URL maps to its prerendered page, whatever its answers and trailing slash', () => {
  expect(page('/extension-failures/collect/asc')).toBe(
    'https://wizard.example/extension-failures/collect/asc/index.html',
  );
  expect(page('/extension-failures/collect/asc/?log-permission=granted&v=1')).toBe(
    'https://wizard.example/extension-failures/collect/asc/index.html',
  );
  expect(page('/extension-failures')).toBe('https://wizard.example/extension-failures/index.html');
});

test('the path is read as the host reads it: percent-decoded, nothing else changed', () => {
  expect(page('/extension-failures/collect%2Fasc')).toBe(
    'https://wizard.example/extension-failures/collect/asc/index.html',
  );
  expect(page('/Extension-Failures/retry')).toBe(
    'https://wizard.example/Extension-Failures/retry/index.html',
  );
});

test('the root, a path that cannot be decoded, or one that climbs, has no page of its own', () => {
  expect(page('/')).toBeUndefined();
  expect(page('/extension-failures/retry%')).toBeUndefined();
  expect(page('/extension-failures/%2e%2e%2fx')).toBeUndefined();
});
