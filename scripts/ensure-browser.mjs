// Makes sure the browser tests have a Chromium: CHROMIUM_PATH, Debian's chromium, or
// Playwright's own browser. Installs one when none is there (apt-get as root, else Playwright).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const has = (path) => Boolean(path) && existsSync(path);

function playwrightBrowser() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

if (has(process.env.CHROMIUM_PATH) || has('/usr/bin/chromium') || has(playwrightBrowser())) {
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian chromium with apt-get');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log('No Chromium found: installing Playwright chromium');
  run('npx playwright install chromium');
}
