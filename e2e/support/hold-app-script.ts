import type { Page } from '@playwright/test';

/** The app's entry module (the page loader imports it). */
export const appScript = '**/assets/index-*.js';

/** Holds the app's script until the returned function is called: the page before the app runs. */
export async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(appScript, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Slows the page's CPU `rate` times (Chromium, through CDP), as on a cheap or busy laptop. */
export async function throttleCpu(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}
