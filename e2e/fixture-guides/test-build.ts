import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureGuides } from '../support/guides';

/**
 * The fixture guides' specs run on the test build (`npm run build:test` writes `dist-test`),
 * served by the `fixture-guides` project's web server. Without it, or without fixture guides,
 * they would prove nothing: say so at once.
 */
export const testBuildDir = process.env.E2E_TEST_DIST ?? 'dist-test';

if (!existsSync(join(testBuildDir, 'index.html'))) {
  throw new Error(`No test build in ${testBuildDir}/: run \`npm run build:test\` first`);
}
if (fixtureGuides.length === 0) throw new Error('No fixture guides in e2e/fixtures/guides/');

export { fixtureGuides };
