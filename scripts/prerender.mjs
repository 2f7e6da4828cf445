// Writes every guide step's page into dist/ as static HTML (<step path>/index.html), rendered
// with the app's own routes and content (src/prerender/). Run after `vite build`, on its output:
// the built index.html is the template, and Vite's manifest says which files each page loads.
// It also
// - builds the pages' loader (one small classic script, inlined in each page);
// - writes the list of guides (dist/guides.json), which the app loads first;
// - ships the Content-Security-Policy: a meta tag in every HTML page (index.html too) and
//   dist/_headers, the headers a host should send;
// - writes the search index (dist/search-index.json);
// - last, lists every file of the build in the service worker's precache (dist/sw.js, built by
//   vite-plugin-pwa without its list, since these pages did not exist yet).
// Each runs once per build. Usage: node scripts/prerender.mjs [dist]
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';

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
  shellDocument,
  missingFacts,
  pageInlineSources,
  withoutManifestLink,
  contentSecurityPolicy,
  hostHeaders,
  headersFile,
  withPolicyMeta,
  buildSearchFiles,
  searchIndexFileName,
  cachingRules,
  guideStarts,
  loadGuides,
  libraryFiles,
  libraryFileName,
  cardsFileName,
  offlineLists,
  offlineListPath,
} = await import(pathToFileURL(join(ssrOut, 'render-step-pages.js')).href);

/** The page loader's code: one small classic script, on its own (it shares nothing with the app). */
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
  return result.output[0].code.trim();
}

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const entry = manifest['index.html'];
if (!entry?.isEntry) throw new Error('The Vite manifest has no index.html entry');

/** A chunk and every chunk it imports statically, imports first: their manifest entries. */
function staticChunks(key, seen = new Set(), into = []) {
  if (seen.has(key)) return into;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The Vite manifest has no ${key}`);
  for (const imported of chunk.imports ?? []) staticChunks(imported, seen, into);
  into.push(chunk);
  return into;
}

/** A chunk's file and every file it imports statically, as URL paths. */
function withImports(key, into = new Set()) {
  for (const chunk of staticChunks(key)) into.add(`/${chunk.file}`);
  return into;
}

const loader = await buildLoader();
const entryFiles = withImports('index.html');
// The stylesheets of the entry and of every chunk it imports statically, in import order.
const css = [...new Set(staticChunks('index.html').flatMap((chunk) => chunk.css ?? []))]
  .map((file) => readFileSync(join(dist, file), 'utf8'))
  .join('\n');
if (!css) throw new Error('The app has no stylesheet to inline');
const inline = pageInlineSources(css, loader);
const shellFile = join(dist, 'index.html');
// Every page, the shell too, leaves linking the web app manifest to the app (manifest-link.ts).
await loadGuides();
const guides = await guideStarts();
const template = withPolicyMeta(
  withoutManifestLink(readFileSync(shellFile, 'utf8')),
  contentSecurityPolicy(inline, { forMeta: true }),
);

const pages = await renderStepPages();
// A page that leaves out a TSG fact its guide lists (facts.ts) is not deployed.
const missing = missingFacts(pages);
if (missing.length > 0) {
  throw new Error(`The prerendered pages leave out TSG facts:\n${missing.join('\n')}`);
}
for (const page of pages) {
  const needed = new Set();
  for (const module of page.modules) withImports(module, needed);
  const preloads = [
    `/${libraryFileName}`,
    ...new Set([...entryFiles, ...needed].filter((f) => f !== `/${entry.file}`)),
  ];
  const html = prerenderedDocument(template, page, {
    loader,
    entry: `/${entry.file}`,
    preloads,
    css,
  });
  const file = join(dist, page.pathname, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

writeFileSync(shellFile, shellDocument(template, guides));

// The list of guides (`src/guides/guide-library-source.ts`): each guide's address and the URL of
// its bundle, the one chunk that knows its parts, fetched as the app starts (every page preloads
// it); and their cards, fetched by the home page and the search page.
const bundleUrl = (folder) => {
  const chunk = manifest[`${folder.slice(1)}/guide-bundle.virtual.js`];
  if (!chunk) throw new Error(`The Vite manifest has no bundle for ${folder}`);
  return `/${chunk.file}`;
};
const library = libraryFiles(
  guides.map(({ manifest, folder }) => ({ manifest, folder, bundle: bundleUrl(folder) })),
);
writeFileSync(join(dist, libraryFileName), library.library);
writeFileSync(join(dist, cardsFileName), library.cards);
writeFileSync(
  join(dist, '_headers'),
  headersFile(hostHeaders(inline), cachingRules(guides.map((g) => g.pathname))),
);
console.log(
  `prerendered ${pages.length} pages (steps and training pages) into ${dist}, with _headers`,
);

// The search index, from the same content (src/features/search/build/): its file, fetched by
// the app on the first search, never before, and the parts it names, fetched as searches need
// them.
const searchFiles = await buildSearchFiles();
let searchBytes = 0;
for (const [path, content] of searchFiles) {
  writeFileSync(join(dist, path), content);
  searchBytes += content.length;
}
console.log(`wrote the search index (${searchFiles.size} files, ${searchBytes} bytes)`);

// What the service worker keeps offline (src/prerender/offline-lists.ts, ADR 008): the shell is
// precached when it installs; each guide's own pages, chunks and search files are listed in
// `offline/<guide id>.json`, cached when the guide is first opened; the search's shared parts
// are neither. Content-hashed files under
// assets/ need no revision; the others get one from their content.
const revision = (file) =>
  file.startsWith('/assets/')
    ? null
    : createHash('sha256')
        .update(readFileSync(join(dist, file)))
        .digest('hex')
        .slice(0, 16);
const builtFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
  .filter((file) => /\.(html|js|css|json|webmanifest|svg|png|ico|woff2)$/.test(file));
const lists = offlineLists(
  guides,
  manifest,
  builtFiles,
  JSON.parse(searchFiles.get(searchIndexFileName)),
);
for (const [id, files] of Object.entries(lists.guides)) {
  const file = join(dist, offlineListPath(id));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({ guide: id, files: files.map((url) => ({ url, revision: revision(url) })) }),
  );
}
const shell = new Set(lists.shell);
const guideOnly = new Set(Object.values(lists.guides).flat());
const swFile = join(dist, 'sw.js');
const precache = await injectManifest({
  swSrc: swFile,
  swDest: swFile,
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,json,webmanifest,svg,png,ico,woff2}'],
  globIgnores: ['sw.js', '**/node_modules/**', 'offline/**', '.vite/**'],
  dontCacheBustURLsMatching: /^assets\//,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  manifestTransforms: [
    (entries) => ({ manifest: entries.filter((e) => shell.has(`/${e.url}`)), warnings: [] }),
  ],
});
for (const warning of precache.warnings) console.warn(`precache: ${warning}`);
if (precache.count === 0) throw new Error('The service worker precaches nothing');
console.log(
  `sw.js precaches the shell: ${precache.count} files (${precache.size} bytes); ` +
    `${Object.keys(lists.guides).length} guides listed for offline in offline/ (${guideOnly.size} files); ` +
    `${lists.searchParts.length} search parts fetched when searched`,
);
