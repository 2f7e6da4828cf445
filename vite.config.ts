import mdx from '@mdx-js/rollup';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { VitePWA } from 'vite-plugin-pwa';
import { readSiteConfig } from './src/guides/format/site-config.ts';
import { siteWords } from './src/guides/format/site-plugin.ts';
import { guideBundles } from './src/guides/format/guide-bundles-plugin.ts';
import { markdownGuides } from './src/guides/format/vite-plugin.ts';
import { previewNextDeployment } from './scripts/preview-next-deployment.ts';
import { serveSearchIndexInDev } from './scripts/search-index-dev.ts';
import { servePrerenderedPages } from './scripts/serve-prerendered-pages.ts';

/**
 * MDX pages compile to components (their front matter, which declares the step, left out; GFM
 * tables and task lists on); their raw sources (`?raw`, read by the case note) stay text. Plain
 * `.md` files are guides' declarations (`guide.md`, `decisions/`), never pages.
 */
function mdxPages(): Plugin {
  const plugin = mdx({ remarkPlugins: [remarkFrontmatter, remarkGfm] });
  const transform = plugin.transform as (
    this: Rollup.TransformPluginContext,
    code: string,
    id: string,
  ) => Promise<Rollup.TransformResult>;
  return {
    ...(plugin as Plugin),
    enforce: 'pre',
    transform(code, id) {
      if (/[?&]raw\b/.test(id) || !/\.mdx(\?|$)/.test(id)) return null;
      return transform.call(this, code, id);
    },
  };
}

/** The build's entry (`index.html`, and the module its script runs): kept as the entry chunk. */
const isEntryModule = (id: string) => /[\\/](index\.html|src[\\/]main\.tsx)$/.test(id);
/** A guide's own module (its bundle, its manifest): the guide's chunk, never the app's. */
const isGuideModule = (id: string) => /[\\/](content|e2e[\\/]fixtures[\\/]guides)[\\/]/.test(id);

/** The site's own words (`content/site.yml`): also the installed app's name. */
const site = readSiteConfig(process.cwd());

export default defineConfig({
  plugins: [
    siteWords(),
    markdownGuides(),
    guideBundles(),
    mdxPages(),
    react({ include: /\.(mdx|tsx?|jsx?)$/ }),
    tailwindcss(),
    servePrerenderedPages(),
    previewNextDeployment(),
    serveSearchIndexInDev(),
    // Offline and updates (src/service-worker/sw.ts, src/features/offline/). The service worker
    // is built here; its precache list is injected last, by scripts/prerender.mjs, once the
    // prerendered pages and the search index are written (`injectionPoint: undefined`).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      registerType: 'prompt',
      // Registered by the app's own code once the engineer pauses (no inline script, nothing
      // before hydration, no download competing with clicks: `whenQuiet`).
      injectRegister: false,
      injectManifest: { injectionPoint: undefined },
      manifest: {
        name: site.name,
        short_name: site.shortName,
        description: site.description,
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0f172a',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // Small enough to inline: no extra request for the first paint.
    assetsInlineLimit: 8192,
    // Read by scripts/prerender.mjs: which files each step page loads.
    manifest: true,
    rolldownOptions: {
      output: {
        // A guide written in Markdown is named after its folder, its "why we ask" after that
        // (not both `guide-*.js`, after the `guide.md` they are compiled from).
        chunkFileNames: (chunk) => {
          const part = /\/([^/]+)\/guide\.md\?(definition|why-we-ask)$/.exec(
            chunk.facadeModuleId ?? '',
          );
          const name = part ? (part[2] === 'definition' ? part[1] : part[2]) : '[name]';
          return `assets/${name}-[hash].js`;
        },
        // What the app runs at once (the entry's static imports) in three files beside the entry,
        // rather than the thirty-odd small files that code shared with lazy chunks splits into
        // (each one more request and its headers; small files compress worse): React DOM, the
        // other libraries, the app's own modules. The libraries change rarely, so a deployment
        // leaves them cached.
        codeSplitting: {
          groups: [
            {
              name: 'react-dom',
              tags: ['$initial'],
              test: /node_modules[\\/](react-dom|scheduler)[\\/]/,
            },
            { name: 'libs', tags: ['$initial'], test: /node_modules[\\/]/ },
            {
              name: 'app',
              tags: ['$initial'],
              test: (id) => !isEntryModule(id) && !isGuideModule(id),
            },
          ],
        },
      },
    },
  },
});
