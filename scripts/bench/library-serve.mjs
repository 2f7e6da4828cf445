// A build served on 127.0.0.1 (a free port) as the shared harness's server serves it
// (../shared/bench/harness/lib/server.mjs: brotli q11 when the request accepts br, else gzip -9;
// hashed assets cached for a year, the rest `no-cache`; the SPA fallback to index.html), except
// that each file is compressed when first asked for rather than all at start: a 200-guide build
// has thousands of pages, and only a few are fetched.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const compressible = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.txt',
  '.svg',
  '.ico',
]);
const hashed = /(^|\/)assets\/|[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** Brotli at the quality the harness uses: what a CDN serves from pre-compressed files. */
export const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
export const gzip = (buf) => gzipSync(buf, { level: 9 });

/** Serves `dist`; resolves to `{ url, close }`. */
export function serveBuild(dist) {
  const cache = new Map();
  const entry = (file) => {
    let hit = cache.get(file);
    if (!hit) {
      const body = readFileSync(file);
      const ext = extname(file);
      hit = { body, ext, br: null, gzip: null };
      if (compressible.has(ext) && body.length > 0) {
        hit.br = brotli(body);
        hit.gzip = gzip(body);
      }
      cache.set(file, hit);
    }
    return hit;
  };
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(dist, pathname));
    if (!file.startsWith(dist)) file = join(dist, 'index.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const last = pathname.split('/').pop() ?? '';
      if (last.includes('.') && !String(req.headers.accept ?? '').includes('text/html')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(dist, 'index.html');
    }
    const { body, ext, br, gzip: gz } = entry(file);
    const accept = String(req.headers['accept-encoding'] ?? '');
    const [encoding, sent] =
      br && br.length < body.length && accept.includes('br')
        ? ['br', br]
        : gz && gz.length < body.length && accept.includes('gzip')
          ? ['gzip', gz]
          : [undefined, body];
    const rel = file.slice(dist.length + 1);
    res.writeHead(200, {
      'content-type': types[ext] ?? 'application/octet-stream',
      'content-length': sent.length,
      'cache-control':
        ext !== '.html' && hashed.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(encoding ? { 'content-encoding': encoding, vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : sent);
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    }),
  );
}
