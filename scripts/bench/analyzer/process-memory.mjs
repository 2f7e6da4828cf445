import { readdirSync, readFileSync } from 'node:fs';

/**
 * The resident memory of a Chromium's renderer processes (the page's main thread and its
 * workers run there), found from the browser process started with our own profile folder.
 */

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

function processes() {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((pid) => {
      const stat = read(`/proc/${pid}/stat`);
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return { pid: Number(pid), ppid, cmdline: read(`/proc/${pid}/cmdline`).replace(/\0/g, ' ') };
    });
}

export function rendererPids(profileDir) {
  const all = processes();
  const root = all.find((p) => p.cmdline.includes(profileDir) && !p.cmdline.includes('--type='));
  if (!root) return [];
  const children = new Map();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out = [];
  const walk = (pid) => {
    for (const c of children.get(pid) ?? []) {
      if (c.cmdline.includes('--type=renderer')) out.push(c.pid);
      walk(c.pid);
    }
  };
  walk(root.pid);
  return out;
}

/** Resident set size of these processes, in bytes. */
export function rssOf(pids) {
  let total = 0;
  for (const pid of pids) {
    const m = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`));
    if (m) total += Number(m[1]) * 1024;
  }
  return total;
}
