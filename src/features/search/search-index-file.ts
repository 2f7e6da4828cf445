/** The search index's file, at the site's root (same origin), written by the prerender step. */
export const searchIndexFileName = 'search-index.json';
