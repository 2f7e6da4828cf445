import { expect, test } from 'vitest';
import { manifestHref, withoutManifestLink } from './manifest-link';

const built = `<head>
    <link rel="icon" href="data:image/svg+xml,x" />
    <link rel="manifest" href="${manifestHref}">
    <title>x</title>`;

test('the built page is served without its manifest link, and nothing else goes with it', () => {
  expect(withoutManifestLink(built)).toBe(`<head>
    <link rel="icon" href="data:image/svg+xml,x" />
    <title>x</title>`);
});

test('a build that links another manifest, or none, is refused rather than left unlinked', () => {
  expect(() => withoutManifestLink('<head><title>x</title>')).toThrow('does not link');
  expect(() =>
    withoutManifestLink('<link rel="manifest" href="/app.webmanifest"><title>x</title>'),
  ).toThrow('does not link /manifest.webmanifest');
});
