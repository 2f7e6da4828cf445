import { defineConfig } from 'vitest/config';
import { markdownGuides } from './src/guides/format/vite-plugin.ts';

export default defineConfig({
  // Guides written in Markdown compile as they do in the app.
  plugins: [markdownGuides()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'content/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
