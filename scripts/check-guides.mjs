// npm run check:guides [-- <guide folder>…]: validates the guides (src/guides/validation/,
// src/guides/format/), every problem on one line as `<file>:<line>:<column>: <what> — <fix>`,
// exit code non-zero when there is any.
//
// 1. Every guide written in Markdown, from its files (no build): compiled, its machine run, its
//    scenarios, practice cases, glossary, signatures and generated/ files checked.
// 2. Then every guide of the test build (the fixture guides included), rendered as the app renders
//    it: src/prerender/check-guides.ts built for Node with Vite, as scripts/prerender.mjs builds
//    the prerender. A guide whose machine cannot be made stops the build: fix (1) first.
// With folders named, only (1), for those folders (a guide in the making, anywhere).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, runnerImport } from 'vite';

process.env.VITE_FIXTURE_GUIDES = 'true';
const root = process.cwd();
const named = process.argv.slice(2);
const load = async (file) =>
  (await runnerImport(pathToFileURL(resolve(file)).href, { configFile: false, logLevel: 'warn' }))
    .module;

const { checkGuideFolders } = await load('src/guides/format/check-folders.ts');
const { guideFolders } = await load('src/guides/format/read-guide-folder.ts');
const folders = named.length > 0 ? named : guideFolders(root, true);
const sources = await checkGuideFolders(root, folders);
for (const problem of sources.problems) console.error(problem);

if (named.length > 0) {
  if (sources.checked.length === 0) {
    console.error(`check:guides: no guide written in Markdown (guide.md) in ${named.join(', ')}`);
    process.exit(1);
  }
  finish(sources.problems.length, sources.checked);
} else if (sources.unbuildable.length > 0) {
  console.error(
    `check:guides: ${sources.unbuildable.join(', ')} cannot be built: fix the problems above, then the pages are checked`,
  );
  process.exit(1);
} else {
  const ssrOut = resolve('node_modules/.cache/check-guides');
  try {
    await build({
      logLevel: 'warn',
      build: {
        ssr: 'src/prerender/check-guides.ts',
        outDir: ssrOut,
        emptyOutDir: true,
        copyPublicDir: false,
        manifest: false,
      },
    });
  } catch (error) {
    console.error(`check:guides: the guides do not build: ${error.message}`);
    process.exit(1);
  }
  const { checkGuides } = await import(pathToFileURL(join(ssrOut, 'check-guides.js')).href);
  const { guides, steps, problems } = await checkGuides(root);
  for (const problem of problems) console.error(problem);
  finish(sources.problems.length + problems.length, guides, steps);
}

function finish(count, guides, steps) {
  if (count > 0) {
    console.error(`check:guides: ${count} problem(s) in ${guides.length} guide(s)`);
    process.exitCode = 1;
  } else {
    const counted = steps === undefined ? '' : `, ${steps} steps`;
    console.log(
      `check:guides: ${guides.length} guides${counted}, no problems (${guides.join(', ')})`,
    );
  }
}
