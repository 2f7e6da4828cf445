import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseHeadersFile } from '../src/prerender/content-security-policy.ts';

/**
 * `vite preview` serves the build as the README's Deploy section asks a host to:
 * - `<path>/index.html` for `<path>` when the build has one (a prerendered step page), before
 *   its SPA fallback to the root index.html; a path that cannot be decoded (a bad
 *   percent-encoding) names no file, so it gets the SPA fallback too, and the app can say the
 *   link is wrong;
 * - the headers of `dist/_headers` (the Content-Security-Policy and the others) on every
 *   response.
 */
export function servePrerenderedPages(): Plugin {
  return {
    name: 'serve-prerendered-pages',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const headersPath = join(outDir, '_headers');
      // Read again after each build (its hashes change with the stylesheet), not once at start.
      let headers: { mtimeMs: number; entries: [string, string][] } | undefined;
      const currentHeaders = () => {
        if (!existsSync(headersPath)) return [];
        const { mtimeMs } = statSync(headersPath);
        if (headers?.mtimeMs !== mtimeMs) {
          const entries = Object.entries(parseHeadersFile(readFileSync(headersPath, 'utf8')));
          headers = { mtimeMs, entries };
        }
        return headers.entries;
      };
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of currentHeaders()) res.setHeader(name, value);
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
