/**
 * The prerendered page a navigation to `url` gets, as the static host serves it (README,
 * Deploy: the directory index): `<path>/index.html` for the path percent-decoded, its trailing
 * slashes dropped, on the same origin; `undefined` for a path that cannot be decoded, or the site's
 * root (the SPA shell, `/index.html`, is the root's own file). The query is left off: a step's
 * page is the same whatever the answers (the app takes it over).
 */
export function prerenderedPageUrl(url: URL): URL | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  const trimmed = decoded.replace(/\/+$/, '');
  if (trimmed === '' || trimmed.includes('..')) return undefined;
  return new URL(`${trimmed}/index.html`, url.origin);
}
