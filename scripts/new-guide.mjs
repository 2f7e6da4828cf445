// npm run new-guide -- <guide id> <TSG file, or folder of card files>: starts a guide written in
// Markdown in content/<guide id>/ from a TSG as received (src/guides/format/new-guide.ts): the
// manifest from its <properties>, a page per card (or per section of a one-card TSG) with the
// TSG's words, the options and where they lead left as TODOs. Then:
//   npm run check:guides -- content/<guide id>   lists what is left to do
//   npm run dev                                   previews it at http://127.0.0.1:5173/<guide id>
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const [id, from, ...rest] = process.argv.slice(2);
const usage = 'usage: npm run new-guide -- <guide id> <TSG file, or folder of card files>';
if (!id || !from || rest.length > 0) {
  console.error(usage);
  process.exit(1);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error(
    `new-guide: "${id}" is not a guide id: lowercase words joined by hyphens (${usage})`,
  );
  process.exit(1);
}
const target = join('content', id);
if (existsSync(target)) {
  console.error(`new-guide: ${target} exists already`);
  process.exit(1);
}
if (!existsSync(from)) {
  console.error(`new-guide: no file or folder ${from}`);
  process.exit(1);
}
// A folder of cards: each file a card, in name order, read as one TSG.
const tsg = statSync(from).isDirectory()
  ? readdirSync(from)
      .filter((f) => statSync(join(from, f)).isFile())
      .sort()
      .map((f) => readFileSync(join(from, f), 'utf8').trim())
      .join('\n\n')
  : readFileSync(from, 'utf8');

const { newGuide } = (
  await runnerImport(pathToFileURL(resolve('src/guides/format/new-guide.ts')).href, {
    configFile: false,
    logLevel: 'warn',
  })
).module;
let made;
try {
  made = newGuide(tsg, new Date().toISOString().slice(0, 10));
} catch (error) {
  console.error(`new-guide: ${from}: ${error.message}`);
  process.exit(1);
}
for (const [file, text] of Object.entries(made.files)) {
  mkdirSync(dirname(join(target, file)), { recursive: true });
  writeFileSync(join(target, file), text);
}
console.log(
  `new-guide: wrote ${target}/ from ${made.cards} card(s): ${Object.keys(made.files).length} files.
Next: fill in the TODOs that \`npm run check:guides -- ${target}\` lists, then \`npm run dev\`
and open http://127.0.0.1:5173/${id}. README, "Adding a guide", walks through it.`,
);
