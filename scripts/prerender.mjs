// Writes every guide step's page into dist/ as static HTML (<step path>/index.html), rendered
// with the app's own routes and content (src/prerender/). Run after `vite build`, on its output:
// the built index.html is the template, and Vite's manifest says which files each page loads.
// Also builds the pages' loader, and ships the Content-Security-Policy: a meta tag in every HTML
// page (index.html too) and dist/_headers, the headers a host should send.
// Usage: node scripts/prerender.mjs [dist]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const dist = resolve(process.argv[2] ?? 'dist');
const ssrOut = resolve('node_modules/.cache/prerender');

await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/prerender/render-step-pages.tsx',
    outDir: ssrOut,
    emptyOutDir: true,
    copyPublicDir: false,
    manifest: false,
  },
});
const {
  renderStepPages,
  prerenderedDocument,
  pageInlineSources,
  contentSecurityPolicy,
  hostHeaders,
  headersFile,
  withPolicyMeta,
} = await import(pathToFileURL(join(ssrOut, 'render-step-pages.js')).href);

/** The page loader: one small classic script, on its own (it shares nothing with the app). */
async function buildLoader() {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      lib: {
        entry: resolve('src/prerender/page-loader.ts'),
        formats: ['iife'],
        name: 'pageLoader',
      },
      target: 'es2022',
      minify: true,
      write: false,
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const code = result.output[0].code;
  const file = `assets/page-loader-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
  writeFileSync(join(dist, file), code);
  return `/${file}`;
}

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const entry = manifest['index.html'];
if (!entry?.isEntry) throw new Error('The Vite manifest has no index.html entry');

/** A chunk's file and every file it imports statically, as URL paths. */
function withImports(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(`/${chunk.file}`)) return into;
  into.add(`/${chunk.file}`);
  for (const imported of chunk.imports ?? []) withImports(imported, into);
  return into;
}

const loader = await buildLoader();
const entryFiles = withImports('index.html');
const css = (entry.css ?? []).map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
const inline = pageInlineSources(css);
const template = withPolicyMeta(
  readFileSync(join(dist, 'index.html'), 'utf8'),
  contentSecurityPolicy(inline, { forMeta: true }),
);
writeFileSync(join(dist, 'index.html'), template);
writeFileSync(join(dist, '_headers'), headersFile(hostHeaders(inline)));

const pages = await renderStepPages();
for (const page of pages) {
  const content = withImports(`content/extension-failures/${page.stepId}.mdx`);
  const html = prerenderedDocument(template, page, {
    loader,
    entry: `/${entry.file}`,
    preloads: [...new Set([...entryFiles, ...content])].filter((f) => f !== `/${entry.file}`),
    css,
  });
  const file = join(dist, page.pathname, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}
console.log(`prerendered ${pages.length} step pages into ${dist}, with ${loader} and _headers`);
