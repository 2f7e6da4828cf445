import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: app (routes, composition, prerender) → features → shared (components,
 * lib, machine, guides). A feature never imports another one, except the guide feature's public
 * functions, which the others read. The engine knows no guide: nothing in src/ imports content/,
 * and a guide imports only the engine and shared components.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const shared = ['src/components', 'src/lib', 'src/machine', 'src/guides'];
const importZones = [
  ...features.map((name) => ({
    target: `src/features/${name}`,
    from: 'src/features',
    except: name === 'guide' ? ['./guide'] : ['./guide', `./${name}`],
    message:
      name === 'guide'
        ? 'The guide feature imports no other feature: compose features in src/app/.'
        : 'Features do not import each other (only the guide feature): compose them in src/app/.',
  })),
  {
    target: ['src/features', ...shared],
    from: ['src/app', 'src/prerender', 'src/main.tsx'],
    message: 'Imports flow app → features → shared, never back up.',
  },
  {
    target: shared,
    from: 'src/features',
    message: 'Shared code (components, lib, machine, guides) imports no feature.',
  },
  {
    target: 'src/machine',
    from: ['src/components', 'src/lib', 'src/guides'],
    message: 'The engine is pure TypeScript and knows no guide.',
  },
  {
    target: ['src/app', 'src/features', 'src/components', 'src/lib', 'src/machine', 'src/main.tsx'],
    from: 'src/guides/format',
    message:
      'The Markdown guides compiler runs at build time, in Node: the app gets what it compiles from its Vite plugin.',
  },
  {
    target: 'src',
    from: 'content',
    message: 'Nothing in src/ imports a guide by path: guides are discovered (src/guides/).',
  },
  {
    target: 'content',
    from: ['src/app', 'src/features', 'src/guides', 'src/prerender'],
    message: 'A guide imports only the engine (src/machine) and shared components.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-test', 'node_modules', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.strict],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowExportNames: ['mdxComponents'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'content/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.mdx'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
    },
  },
  {
    // Unit tests run in Node: they may compile a Markdown guide folder they change for the test.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: importZones.filter((zone) => zone.from !== 'src/guides/format') },
      ],
    },
  },
  {
    // The decision machine is pure TypeScript: no React, no DOM, no router.
    files: ['src/machine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'react/*', '@xstate/react', '../features/*', '../app/*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  prettier,
);
