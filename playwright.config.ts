import { defineConfig, devices } from '@playwright/test';
import { quietChromiumArgs, systemChromiumPath } from './scripts/browser-path';

const port = Number(process.env.E2E_PORT ?? 4174);
// The link fuzzer's seed (e2e/link-fuzz.spec.ts), drawn once per run here, in the runner, so its
// workers (which inherit the environment) generate the same links. Set it to replay a run.
process.env.FUZZ_SEED ||= String(Math.floor(Math.random() * 2 ** 32));
/** The build under test (`npm run build` writes `dist`). */
const outDir = process.env.E2E_DIST ?? 'dist';
/** The test build, with the fixture guides (`npm run build:test` writes `dist-test`). */
const testOutDir = process.env.E2E_TEST_DIST ?? 'dist-test';
/** Where the test build is served: the next port unless told. */
const testPort = Number(process.env.E2E_TEST_PORT ?? port + 1);

/**
 * A build, as a static host would serve it (with SPA fallback and the build's headers). Node's
 * 16 KB limit on a request's headers is raised so the link fuzzer's 100 KB queries reach the app.
 */
const serve = (dir: string, on: number) => ({
  command: `node --max-http-header-size=262144 node_modules/vite/bin/vite.js preview --outDir ${dir} --host 127.0.0.1 --port ${on} --strictPort`,
  url: `http://127.0.0.1:${on}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry on CI, in a fresh browser: a rare headless Chromium stall (a click waiting for a
  // frame that never comes) once failed a run. A test that passes only on retry is listed as
  // "flaky" in the output; one that fails twice still fails the run.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The app's service worker answers from its precache, where `page.route` cannot see the
    // requests: tests that hold or fail requests run without it. The specs about the service
    // worker (offline, CSP, other origins) allow it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromiumPath(),
      args: quietChromiumArgs,
    },
  },
  projects: [
    // The production build.
    {
      name: 'chromium',
      testIgnore: '**/fixture-guides/**',
      use: { ...devices['Desktop Chrome'] },
    },
    // The fixture guides, which only the test build has.
    {
      name: 'fixture-guides',
      testDir: 'e2e/fixture-guides',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${testPort}` },
    },
  ],
  webServer: [serve(outDir, port), serve(testOutDir, testPort)],
});
