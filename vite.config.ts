import mdx from '@mdx-js/rollup';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { serveSearchIndexInDev } from './scripts/search-index-dev.ts';
import { servePrerenderedPages } from './scripts/serve-prerendered-pages.ts';

/** MDX pages compile to components; their raw sources (`?raw`, read by the case note) stay text. */
function mdxPages(): Plugin {
  const plugin = mdx();
  const transform = plugin.transform as (
    this: Rollup.TransformPluginContext,
    code: string,
    id: string,
  ) => Promise<Rollup.TransformResult>;
  return {
    ...(plugin as Plugin),
    enforce: 'pre',
    transform(code, id) {
      if (/[?&]raw\b/.test(id)) return null;
      return transform.call(this, code, id);
    },
  };
}

export default defineConfig({
  plugins: [
    mdxPages(),
    react({ include: /\.(mdx|tsx?|jsx?)$/ }),
    tailwindcss(),
    servePrerenderedPages(),
    serveSearchIndexInDev(),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // Small enough to inline: no extra request for the first paint.
    assetsInlineLimit: 8192,
    // Read by scripts/prerender.mjs: which files each step page loads.
    manifest: true,
  },
});
