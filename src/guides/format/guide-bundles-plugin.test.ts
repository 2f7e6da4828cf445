import { expect, test } from 'vitest';
import { guideBundleCode } from './guide-bundles-plugin';

const root = process.cwd();

test('a Markdown guide’s bundle: its manifest, and a lazy import for each part and page it has', () => {
  const code = guideBundleCode(root, 'content/extension-failures');
  expect(code).toContain('export { manifest } from "/content/extension-failures/guide.md";');
  expect(code).toContain('import("/content/extension-failures/guide.md?definition")');
  expect(code).toContain('import("/content/extension-failures/glossary.yml")');
  expect(code).toContain('"reboot": () => import("/content/extension-failures/pages/reboot.mdx")');
  expect(code).toContain('import("/content/extension-failures/pages/reboot.mdx?raw")');
  // Nothing of it is loaded with the bundle: every part is its own chunk.
  expect(code).not.toMatch(/^import /m);
});

test('a TypeScript guide’s bundle reads its `.ts` files, and says which parts it has not', () => {
  const code = guideBundleCode(root, 'e2e/fixtures/guides/test-fixture-printer-jam');
  expect(code).toContain(
    'export { manifest } from "/e2e/fixtures/guides/test-fixture-printer-jam/guide.ts";',
  );
  expect(code).toContain(
    'import("/e2e/fixtures/guides/test-fixture-printer-jam/index.ts").then((m) => m.definition)',
  );
  expect(code).toContain('export const glossary = undefined;');
  expect(code).toContain('export const signatures = undefined;');
});
