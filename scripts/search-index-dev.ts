import type { Plugin } from 'vite';

/** The module that builds the search's files (the same one the prerender step runs). */
const builder = '/src/features/search/build/build-search-index.ts';
const indexFile = 'search-index.json';

type Builder = { buildSearchFiles(): Promise<Map<string, string>> };

/**
 * `vite dev` serves the search's files as the build writes them (`dist/search-index.json` and
 * the parts it names), built from the guides' content as it is now: anew on each request for the
 * index file, the parts from that same build. Search works in development too.
 */
export function serveSearchIndexInDev(): Plugin {
  return {
    name: 'serve-search-index-in-dev',
    apply: 'serve',
    configureServer(server) {
      let built: Promise<Map<string, string>> | undefined;
      const build = () =>
        server.ssrLoadModule(builder).then((module) => (module as Builder).buildSearchFiles());
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?', 1)[0]!.slice(1);
        if (path !== indexFile && !/^assets\/search-[^/]+\.json$/.test(path)) return next();
        if (path === indexFile || !built) built = build();
        built
          .then((files) => {
            const content = files.get(path);
            if (content === undefined) return next();
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(content);
          })
          .catch(next);
      });
    },
  };
}
