import { defineConfig } from 'vitest/config';
import { siteWords } from './src/guides/format/site-plugin.ts';
import { guideBundles } from './src/guides/format/guide-bundles-plugin.ts';
import { markdownGuides } from './src/guides/format/vite-plugin.ts';

export default defineConfig({
  // Guides written in Markdown compile as they do in the app.
  plugins: [siteWords(), markdownGuides(), guideBundles()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'content/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The list of guides, loaded before any test (the app waits for it to start).
    setupFiles: ['src/guides/load-guides.test-setup.ts'],
  },
});
