import { ESLint } from 'eslint';
import { expect, test, vi } from 'vitest';

// Loading the lint config (typescript-eslint) takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
const eslint = new ESLint({ cwd: process.cwd() });

/** Lints a made-up file at `filePath` that imports `specifier`: the import-zone messages. */
async function importProblems(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as m from '${specifier}';\nexport { m };\n`, {
    filePath,
  });
  return result!.messages
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message);
}

test('the guide feature cannot import the sessions feature', async () => {
  const problems = await importProblems(
    'src/features/guide/components/made-up.tsx',
    '../../sessions/components/session-list',
  );
  expect(problems.join('\n')).toContain('The guide feature imports no other feature');
});

test('the sessions feature may read the guide feature', async () => {
  expect(
    await importProblems('src/features/sessions/made-up.ts', '../guide/links/guide-href'),
  ).toEqual([]);
});

test('the app never imports the Markdown guides compiler (it runs at build time)', async () => {
  const problems = await importProblems(
    'src/features/guide/made-up.ts',
    '../../guides/format/compile-guide.ts',
  );
  expect(problems.join('\n')).toContain('runs at build time, in Node');
});

test('nothing in src/ imports a guide by path', async () => {
  const problems = await importProblems(
    'src/features/sessions/made-up.ts',
    '../../../content/extension-failures/pages/start.mdx',
  );
  expect(problems.join('\n')).toContain('Nothing in src/ imports a guide by path');
});

test('shared code and features never import the app', async () => {
  expect(await importProblems('src/components/made-up.tsx', '../app/routes')).not.toEqual([]);
  expect(
    await importProblems('src/features/guide/made-up.ts', '../../app/use-document-title'),
  ).not.toEqual([]);
});
