// Writes every guide step's page into dist/ as static HTML (<step path>/index.html), rendered
// with the app's own routes and content (src/prerender/). Run after `vite build`, on its output:
// the built index.html is the template, and Vite's manifest says which files each page loads.
// It also gives the SPA shell (dist/index.html) a map from each step URL to those files, so a
// host that serves the shell for a step URL still fetches the step's code alongside the app.
// Usage: node scripts/prerender.mjs [dist]
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
const { renderStepPages, prerenderedDocument, missingFacts } = await import(
  pathToFileURL(join(ssrOut, 'render-step-pages.js')).href
);

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const entry = manifest['index.html'];
if (!entry?.isEntry) throw new Error('The Vite manifest has no index.html entry');

/** A chunk's file and every file it imports statically, as URL paths. */
function withImports(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The Vite manifest has no ${key}`);
  if (into.has(`/${chunk.file}`)) return into;
  into.add(`/${chunk.file}`);
  for (const imported of chunk.imports ?? []) withImports(imported, into);
  return into;
}

const entryFiles = withImports('index.html');
const css = (entry.css ?? []).map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
const shellFile = join(dist, 'index.html');
const template = readFileSync(shellFile, 'utf8');

const pages = await renderStepPages();
// A page that leaves out a TSG fact its guide lists (facts.ts) is not deployed.
const missing = missingFacts(pages);
if (missing.length > 0) {
  throw new Error(`The prerendered pages leave out TSG facts:\n${missing.join('\n')}`);
}
/** Step URL → the files its page needs beyond the app's entry and its imports. */
const stepFiles = {};
for (const page of pages) {
  const needed = new Set();
  for (const module of page.modules) withImports(module, needed);
  const preloads = [...new Set([...entryFiles, ...needed])].filter((f) => f !== `/${entry.file}`);
  stepFiles[page.pathname] = [...needed].filter((f) => !entryFiles.has(f));
  const html = prerenderedDocument(template, page, { entry: `/${entry.file}`, preloads, css });
  const file = join(dist, page.pathname, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

// The shell: preload the opened step's files with the app's own code instead of after it.
const preload =
  `<script data-step-content-preload>(function(){var m=${JSON.stringify(stepFiles)};` +
  `var p=location.pathname.replace(/\\/+$/,'');(m[p]||[]).forEach(function(h){` +
  `var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)})})()</script>`;
if (!template.includes('</head>')) throw new Error('index.html has no </head>');
writeFileSync(
  shellFile,
  template.replace('</head>', () => `  ${preload}\n  </head>`),
);
console.log(`prerendered ${pages.length} pages (steps and training pages) into ${dist}`);

// The search index, from the same content (src/features/search/build/): fetched by the app on
// the first search, never before.
const { buildSearchIndexJson, searchIndexFileName } = await import(
  pathToFileURL(join(ssrOut, 'render-step-pages.js')).href
);
const searchIndex = await buildSearchIndexJson();
writeFileSync(join(dist, searchIndexFileName), searchIndex);
console.log(`wrote ${searchIndexFileName} (${searchIndex.length} bytes)`);
