// npm run check:guides: validates every guide, the test build's fixture guides included
// (src/guides/validation/). Builds src/prerender/check-guides.ts for Node with Vite, as
// scripts/prerender.mjs builds the prerender, so guides are read and rendered exactly as the app
// reads and renders them. Prints each problem as `<guide> <file> step <id>: <message>` and exits
// non-zero when there is any.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

process.env.VITE_FIXTURE_GUIDES = 'true';
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
const { guides, steps, problems } = await checkGuides(process.cwd());

for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`check:guides: ${problems.length} problem(s) in ${guides.length} guide(s)`);
  process.exitCode = 1;
} else {
  console.log(
    `check:guides: ${guides.length} guides, ${steps} steps, no problems (${guides.join(', ')})`,
  );
}
