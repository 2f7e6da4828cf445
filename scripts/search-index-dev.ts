import type { Plugin } from 'vite';

/** The module that builds the search index (the same one the prerender step runs). */
const builder = '/src/features/search/build/build-search-index.ts';
const file = '/search-index.json';

/**
 * `vite dev` serves the search index as the build writes it (`dist/search-index.json`), built
 * from the guides' content as it is now, on each request: search works in development too.
 */
export function serveSearchIndexInDev(): Plugin {
  return {
    name: 'serve-search-index-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?', 1)[0] !== file) return next();
        server
          .ssrLoadModule(builder)
          .then((module) =>
            (module as { buildSearchIndexJson(): Promise<string> }).buildSearchIndexJson(),
          )
          .then((json) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(json);
          })
          .catch(next);
      });
    },
  };
}
