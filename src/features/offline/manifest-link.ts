/**
 * The web app manifest's link. vite-plugin-pwa writes the manifest and links it from the built
 * `index.html`; the build serves every page without that link (scripts/prerender.mjs) and the
 * app adds it once it is running, with the service worker. Linked from the page itself, the
 * manifest and then its icons are fetched before the first paint, in its way on a slow network.
 */

/** Where vite-plugin-pwa writes the manifest (its default file name, at the site's root). */
export const manifestHref = '/manifest.webmanifest';

const manifestLink = new RegExp(`<link rel="manifest" href="${manifestHref}"[^>]*>\\s*`);

/** The built page without its manifest link; refuses a page whose link is not the one expected. */
export function withoutManifestLink(html: string): string {
  if (!manifestLink.test(html)) {
    throw new Error(`The built index.html does not link ${manifestHref} as expected`);
  }
  return html.replace(manifestLink, '');
}

/** Links the manifest from the running page (once; the dev server's page already links it). */
export function linkManifest(doc: Document = document): void {
  if (doc.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = manifestHref;
  doc.head.append(link);
}
