// npm run guide:graph [-- <guide id or folder>…]: compiles a guide written in Markdown and
// writes, into its folder, what a reviewer reads to see a change to its flow apart from changes
// to its words: generated/machine.json (the compiled XState machine) and generated/flow.md (the
// flow as a Mermaid graph, edges labelled with the options and the rules). Prints the machine.
// Both files are committed; `npm run check:guides` fails when they are out of date.
// With no guide named: every guide written in Markdown.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const root = process.cwd();
const load = async (file) =>
  (await runnerImport(pathToFileURL(resolve(file)).href, { configFile: false, logLevel: 'warn' }))
    .module;
const { guideGraphFiles } = await load('src/guides/format/check-folders.ts');
const { guideFolders } = await load('src/guides/format/read-guide-folder.ts');

const all = guideFolders(root, true).filter((f) => existsSync(join(root, f, 'guide.md')));
const named = process.argv.slice(2).map((arg) => {
  if (existsSync(join(root, arg, 'guide.md'))) return relative(root, resolve(arg));
  const folder = all.find((f) => f.endsWith(`/${arg}`));
  if (!folder) {
    console.error(
      `guide:graph: no guide "${arg}" (a folder with a guide.md, or one of: ${all.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')})`,
    );
    process.exit(1);
  }
  return folder;
});

let failed = false;
for (const folder of named.length > 0 ? named : all) {
  const { files, problems } = guideGraphFiles(root, folder);
  if (Object.keys(files).length === 0) {
    for (const problem of problems) console.error(problem);
    console.error(`guide:graph: ${folder} cannot be compiled: fix the problems above`);
    failed = true;
    continue;
  }
  for (const [file, text] of Object.entries(files)) {
    const path = join(root, folder, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.error(`wrote ${relative(root, path)}`);
  }
  if (named.length > 0) process.stdout.write(files['generated/machine.json']);
}
if (failed) process.exitCode = 1;
