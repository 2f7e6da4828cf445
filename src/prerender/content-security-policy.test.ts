import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  hostHeaders,
  parseHeadersFile,
  withPolicyMeta,
} from './content-security-policy';
import { cachingRules } from './cache-rules';
import { guardScript, headMarkup, loaderMarkup, pageInlineSources } from './page-scripts';

const loader = '(function(){var s=document.currentScript})();';
const inline = pageInlineSources('body{color:red}', loader);
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

test('the policy allows the app’s own files, and inline code only by the hash of its text', () => {
  const policy = contentSecurityPolicy(inline);
  expect(policy).toBe(
    [
      "default-src 'self'",
      `script-src 'self' 'sha256-${sha256(guardScript)}' 'sha256-${sha256(loader)}'`,
      `style-src 'self' 'sha256-${sha256(inline.styles[0]!)}'`,
      "img-src 'self' data:",
      "worker-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
  );
  expect(policy).not.toMatch(/unsafe-|\*|https?:/);
});

test('the hashes are of exactly what the page carries inline', () => {
  const markup = headMarkup('/extension-failures/retry', 'body{color:red}');
  const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(markup)![1]!;
  const style = /<style>([\s\S]*?)<\/style>/.exec(markup)![1]!;
  const loaderScript = /<script[^>]*>([\s\S]*?)<\/script>/.exec(
    loaderMarkup(loader, '/assets/index-abc.js', ['/assets/step-def.js']),
  )![1]!;
  const policy = contentSecurityPolicy(inline);
  expect(policy).toContain(`'sha256-${sha256(script)}'`);
  expect(policy).toContain(`'sha256-${sha256(style)}'`);
  expect(policy).toContain(`'sha256-${sha256(loaderScript)}'`);
});

test('the meta tag’s policy leaves frame-ancestors to the header, and comes right after the charset', () => {
  const meta = contentSecurityPolicy(inline, { forMeta: true });
  expect(meta).not.toContain('frame-ancestors');
  const html = withPolicyMeta('<head>\n    <meta charset="UTF-8" />\n    <title>x</title>', meta);
  expect(html).toBe(
    `<head>\n    <meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${meta}" />\n    <title>x</title>`,
  );
  expect(() => withPolicyMeta(html, meta)).toThrow('already has');
  expect(() => withPolicyMeta('<head></head>', meta)).toThrow('no <meta charset>');
});

test('the headers file gives every path the headers, and reads back as written', () => {
  const headers = hostHeaders(inline);
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
  expect(headers['Referrer-Policy']).toBe('no-referrer');
  const file = headersFile(headers);
  expect(file).toContain('\n/*\n  Content-Security-Policy: default-src');
  expect(parseHeadersFile(file)).toEqual(headers);
  expect(parseHeadersFile('/assets/*\n  Cache-Control: immutable\n')).toEqual({});
});

test('the headers file says how long browsers may keep each file; every path keeps the policy', () => {
  const file = headersFile(hostHeaders(inline), cachingRules(['/extension-failures']));
  expect(file).toContain('\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  for (const path of [
    '/',
    '/sw.js',
    '/search-index.json',
    '/extension-failures',
    '/extension-failures/*',
  ]) {
    expect(file).toContain(`\n${path}\n  Cache-Control: no-cache\n`);
  }
  expect(parseHeadersFile(file)).toEqual(hostHeaders(inline));
});
