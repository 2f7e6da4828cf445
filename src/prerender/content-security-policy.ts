import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy the build ships (build time only): nothing but the app's own
 * files, no eval, no inline script or style except the few a prerendered page must have before
 * its first paint, each allowed by its hash. It goes in every HTML page as a meta tag, and in
 * the headers a host should send (`dist/_headers`, see the README's Deploy section).
 */

export interface InlineSources {
  /** The text of each inline `<script>` the pages carry. */
  scripts: readonly string[];
  /** The text of each inline `<style>` the pages carry. */
  styles: readonly string[];
}

/** A CSP hash source for an inline script's or stylesheet's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (texts: readonly string[]) => [...new Set(texts.map(hashSource))];

/**
 * The policy. `forMeta` leaves out `frame-ancestors`: browsers ignore it in a meta tag (and
 * report it as an error there); only a header can say it.
 */
export function contentSecurityPolicy(inline: InlineSources, { forMeta = false } = {}): string {
  const directives = [
    ["default-src 'self'"],
    ["script-src 'self'", ...unique(inline.scripts)],
    ["style-src 'self'", ...unique(inline.styles)],
    ["img-src 'self' data:"],
    // Said outright, though default-src covers them: the service worker and any Web Worker are
    // the site's own files, and so is the web app manifest.
    ["worker-src 'self'"],
    ["manifest-src 'self'"],
    ["object-src 'none'"],
    ["base-uri 'self'"],
    ["form-action 'self'"],
    ...(forMeta ? [] : [["frame-ancestors 'none'"]]),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The headers every response should carry. */
export function hostHeaders(inline: InlineSources): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inline),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * The headers as a `_headers` file (Netlify, Cloudflare Pages; its `/*` part is read by
 * `vite preview` too): `headers` for every path, then a `Cache-Control` per path pattern.
 */
export function headersFile(
  headers: Record<string, string>,
  caching: Record<string, string> = {},
): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Written by `npm run build` (scripts/prerender.mjs): send these with every response.',
    '/*',
    ...lines,
    '# How long browsers may keep each file: hashed assets forever, the rest never unchecked.',
    ...Object.entries(caching).flatMap(([path, value]) => [path, `  Cache-Control: ${value}`]),
    '',
  ].join('\n');
}

/** The headers a `_headers` file gives every path (`/*`). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let forAll = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      forAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (forAll && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

const charsetMeta = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * `html` with the policy as a meta tag right after the charset, before anything it governs.
 */
export function withPolicyMeta(html: string, policy: string): string {
  if (!charsetMeta.test(html)) throw new Error('index.html has no <meta charset>');
  if (html.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error('The page already has a Content-Security-Policy meta tag');
  }
  return html.replace(
    charsetMeta,
    (charset) =>
      `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`,
  );
}
