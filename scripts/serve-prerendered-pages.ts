import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` serves `<path>/index.html` for `<path>` when the build has one (a prerendered
 * step page), as static hosts do, before its SPA fallback to the root index.html. A path that
 * cannot be decoded (a bad percent-encoding) names no file: it gets the SPA fallback too, so the
 * app can say the link is wrong.
 */
export function servePrerenderedPages(): Plugin {
  return {
    name: 'serve-prerendered-pages',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const [pathname = '/', query] = (req.url ?? '/').split('?', 2);
        let decoded: string;
        try {
          decoded = decodeURIComponent(pathname);
        } catch {
          req.url = query === undefined ? '/index.html' : `/index.html?${query}`;
          return next();
        }
        const page = `${decoded.replace(/\/+$/, '')}/index.html`;
        if (decoded !== '/' && !decoded.includes('..') && existsSync(join(outDir, page))) {
          req.url = query === undefined ? page : `${page}?${query}`;
        }
        next();
      });
    },
  };
}
