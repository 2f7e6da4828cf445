// Renders public/icon.svg to the PNG icons the web app manifest lists (public/icon-<size>.png),
// with the Chromium the browser tests use (CHROMIUM_PATH, Debian's, or Playwright's). Run it
// after changing the SVG: node scripts/make-icons.mjs
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const svg = readFileSync('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: `public/icon-${size}.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
