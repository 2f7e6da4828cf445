// The shared benchmark harness, made runnable: the shared bench folder (read-only, see its README)
// copied to a writable temp folder of this worktree's own, its harness installed once, and the two
// reference peers built there when their dist is missing. Nothing is written into the shared folder.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const skipped = new Set(['node_modules', 'dist', 'raw']);

/** Paths and contents of the shared folder's own files (not installs, builds or raw results). */
function sourceFiles(dir, base = dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, base, out);
    else if (entry.isFile()) out.push(relative(base, path));
  }
  return out.sort();
}

/** Changes when the shared harness or a peer changes, so a stale copy is replaced. */
function fingerprint(dir) {
  const hash = createHash('sha256');
  for (const file of sourceFiles(dir))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

/** `cp -r` keeps the read-only modes of the shared folder: make the copy writable. */
function makeWritable(path) {
  const stat = statSync(path);
  chmodSync(path, stat.mode | 0o200);
  if (stat.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}

const npm = (cwd, args, log) => {
  log(`npm ${args.join(' ')} (in ${cwd})`);
  execFileSync('npm', args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
  });
};

/** The temp folder this worktree benches in: one per checkout, so worktrees do not collide. */
export function defaultWorkDir(appDir) {
  const id = createHash('sha256').update(appDir).digest('hex').slice(0, 10);
  return join(tmpdir(), `wizard-bench-${id}`);
}

/**
 * A writable copy of `sharedDir` at `workDir`, with its harness installed and both peers built
 * (unless `peers: false`: a bench that measures only this app, like bench:library). Returns the
 * copy's folders.
 */
export function prepareWorkspace({ sharedDir, workDir, log, peers: buildPeers = true }) {
  if (!existsSync(join(sharedDir, 'harness/measure.mjs'))) {
    throw new Error(
      `${sharedDir} is not the shared bench folder (no harness/measure.mjs); set BENCH_DIR`,
    );
  }
  const stamp = join(workDir, '.source-fingerprint');
  const wanted = fingerprint(sharedDir);
  const current = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  if (current !== wanted || !existsSync(join(workDir, 'harness/node_modules'))) {
    log(`copying ${sharedDir} to ${workDir}`);
    rmSync(workDir, { recursive: true, force: true });
    cpSync(sharedDir, workDir, {
      recursive: true,
      filter: (src) => !skipped.has(src.split('/').pop()),
    });
    makeWritable(workDir);
    npm(join(workDir, 'harness'), ['ci'], log);
    writeFileSync(stamp, wanted);
  }
  const peers = {
    static: join(workDir, 'peers/static'),
    surveyjs: join(workDir, 'peers/surveyjs'),
  };
  for (const [name, dir] of Object.entries(peers)) {
    if (!buildPeers || existsSync(join(dir, 'dist/index.html'))) continue;
    log(`building the ${name} peer (its dist is missing)`);
    npm(dir, ['ci'], log);
    npm(dir, ['run', 'build'], log);
  }
  return {
    harnessDir: join(workDir, 'harness'),
    peers: {
      static: { dist: join(peers.static, 'dist'), flow: join(peers.static, 'flow.mjs') },
      surveyjs: { dist: join(peers.surveyjs, 'dist'), flow: join(peers.surveyjs, 'flow.mjs') },
    },
  };
}
