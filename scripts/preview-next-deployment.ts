import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The cookie that asks `vite preview` for the next deployment's service worker. */
export const nextDeploymentCookie = 'preview-next-deployment';

/**
 * `vite preview` only, for the update test (e2e/offline.spec.ts): a request for `/sw.js` that
 * carries the cookie `preview-next-deployment=<tag>` gets the service worker as a next deployment
 * would serve it: the same file with one line added, byte-different, so the browser installs it
 * as an update and it waits. No host has this; a real deployment changes sw.js by itself (its
 * precache list names the new files).
 */
export function previewNextDeployment(): Plugin {
  return {
    name: 'preview-next-deployment',
    configurePreviewServer(server) {
      const sw = join(resolve(server.config.root, server.config.build.outDir), 'sw.js');
      server.middlewares.use((req, res, next) => {
        const tag = new RegExp(`(?:^|;\\s*)${nextDeploymentCookie}=([\\w-]+)`).exec(
          req.headers.cookie ?? '',
        )?.[1];
        if (!tag || req.url?.split('?')[0] !== '/sw.js' || !existsSync(sw)) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(`${readFileSync(sw, 'utf8')}\n// The next deployment: ${tag}\n`);
      });
    },
  };
}
