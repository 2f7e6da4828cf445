// The trees `npm run bench:library` builds (scripts/bench/library.mjs): a copy of this checkout
// in the OS temp folder, never in the repository, with N copies of the shipped guide added under
// content/. Each copy is a distinct, valid guide: its folder is its id, its base path is its own
// (`/<folder>`), its title and errors differ a little (search and the home page see N + 1 guides),
// it does not claim the sessions saved before sessions recorded their guide (one guide may), and
// its generated/ files are written anew by `npm run guide:graph` in the tree (they name the id).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';

/** The guide every copy is made from. */
export const shippedGuide = 'extension-failures';

/** The folder (and id) of copy `index` (1-based): `extension-failures-copy-007`. */
export function copyId(index) {
  return `${shippedGuide}-copy-${String(index).padStart(3, '0')}`;
}

/**
 * A copy's `guide.md`: the shipped guide's front matter with its own title, summary, base path
 * and one more error code; `ownsUnlabelledSessions` removed. The rest of the file is kept.
 */
export function copyGuideManifest(text, index) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) throw new Error('guide.md has no front matter');
  const doc = parseDocument(match[1]);
  const id = copyId(index);
  const n = String(index).padStart(3, '0');
  doc.set('title', `${doc.get('title')} (library copy ${n})`);
  doc.set('summary', `${doc.get('summary')} Library copy ${n}, for the benchmark.`);
  doc.set('basePath', `/${id}`);
  const errors = doc.get('errors');
  if (errors && typeof errors.add === 'function') errors.add(`LibraryCopy${n}Failed`);
  doc.delete('ownsUnlabelledSessions');
  return `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${text.slice(match[0].length)}`;
}

/** Files of the checkout the trees start from: what git tracks, as they are in the work tree. */
function checkoutFiles(app) {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: app,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return out.split('\0').filter((f) => f && existsSync(join(app, f)));
}

/**
 * node_modules as a real folder of links to the checkout's packages, so each tree keeps its own
 * caches (`.cache/`, `.tmp/` tsbuildinfo, `.vite/`) and nothing is written into the checkout's.
 */
function linkNodeModules(app, dir) {
  const from = join(app, 'node_modules');
  const to = join(dir, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (['.cache', '.tmp', '.vite', '.vite-temp'].includes(entry)) continue;
    symlinkSync(join(from, entry), join(to, entry));
  }
}

/**
 * A tree at `dir` (replaced if there): this checkout's files, its node_modules linked, and
 * `guides` copies of the shipped guide, their generated/ files written. Returns the copies' ids.
 */
export function makeLibraryTree({ app, dir, guides, log = () => {} }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of checkoutFiles(app)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(app, file), join(dir, file));
  }
  linkNodeModules(app, dir);
  const source = join(dir, 'content', shippedGuide);
  const ids = [];
  for (let i = 1; i <= guides; i++) {
    const id = copyId(i);
    const target = join(dir, 'content', id);
    cpSync(source, target, { recursive: true });
    rmSync(join(target, 'generated'), { recursive: true, force: true });
    const manifest = join(target, 'guide.md');
    writeFileSync(manifest, copyGuideManifest(readFileSync(manifest, 'utf8'), i));
    ids.push(id);
  }
  if (ids.length > 0) {
    log(`${dir}: ${ids.length} copies of ${shippedGuide}; npm run guide:graph`);
    const run = spawnSync('npm', ['run', 'guide:graph', '--', ...ids], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (run.status !== 0) throw new Error(`guide:graph failed in ${dir}:\n${run.stderr}`);
  }
  return ids;
}
