/**
 * How long a host may let browsers keep each file (`Cache-Control`, written to `dist/_headers`
 * beside the policy): content-hashed files under `/assets/` forever, since a new version has new
 * names; everything else (the HTML pages, the service worker, the search index, the manifest)
 * must be checked again on every use, or a browser would keep running an old version.
 */
export function cachingRules(guideBasePaths: readonly string[]): Record<string, string> {
  const revalidate = 'no-cache';
  const rules: Record<string, string> = {
    '/assets/*': 'public, max-age=31536000, immutable',
    '/': revalidate,
    '/index.html': revalidate,
    '/sw.js': revalidate,
    '/search-index.json': revalidate,
    '/manifest.webmanifest': revalidate,
    // What each guide's offline copy holds (`offline-lists.ts`).
    '/offline/*': revalidate,
  };
  for (const base of guideBasePaths) {
    rules[base] = revalidate;
    rules[`${base}/*`] = revalidate;
  }
  return rules;
}
