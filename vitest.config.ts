import { defineConfig } from 'vitest/config';
import { siteWords } from './src/guides/format/site-plugin.ts';
import { markdownGuides } from './src/guides/format/vite-plugin.ts';

export default defineConfig({
  // Guides written in Markdown compile as they do in the app.
  plugins: [siteWords(), markdownGuides()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'content/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
