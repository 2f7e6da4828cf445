import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { parseQuery } from './parse-query';
import {
  buildSearchDocuments,
  statedCodes,
  type GuideText,
  type SearchDocument,
} from './search-document';
import { createSearchIndex, openSearchIndex, serializeSearchIndex } from './search-index';
import { rankSteps } from './search-query';
import type MiniSearch from 'minisearch';

/**
 * Ranking on the real guides: their pages rendered as the build renders them (through Vite, with
 * the MDX plugin, as `vite dev` builds its index), indexed, serialized and loaded back.
 */

let server: ViteDevServer;
let documents: SearchDocument[];
let index: MiniSearch<SearchDocument>;

beforeAll(async () => {
  server = await createServer({
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  const build = (await server.ssrLoadModule(
    '/src/features/search/build/build-search-index.ts',
  )) as {
    collectGuideTexts(): Promise<GuideText[]>;
  };
  documents = buildSearchDocuments(await build.collectGuideTexts());
  index = openSearchIndex(JSON.parse(serializeSearchIndex(documents)));
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const steps = (query: string) => rankSteps(index, parseQuery(query)).map((h) => h.stepId);

test('every step of the guide is indexed, with its page text', () => {
  const ids = documents.filter((d) => d.guideId === 'extension-failures').map((d) => d.stepId);
  expect(ids).toContain('cause-msvc-dll-mismatch');
  expect(ids).toHaveLength(15);
  const cause3 = documents.find((d) => d.stepId === 'cause-msvc-dll-mismatch')!;
  expect(cause3.href).toBe('/extension-failures/cause/msvc-dll-mismatch');
  expect(cause3.blocks).toContain('vcredist2013_x64');
  // The Copy buttons' labels are not page text.
  expect(cause3.blocks).not.toContain('Copy');
});

test('0x80110401 puts Cause 3 first, above the questions that quote the same error', () => {
  const found = steps('0x80110401');
  expect(found[0]).toBe('cause-msvc-dll-mismatch');
  expect(found).toEqual(expect.arrayContaining(['findings', 'dll-dates']));
  expect(steps('80110401')).toEqual(found);
  expect(steps('0X80110401')).toEqual(found);
});

test('4689 lists every step that states Event ID 4689, Cause 1 first', () => {
  const found = steps('4689');
  expect(found[0]).toBe('cause-desktop-heap');
  expect(new Set(found)).toEqual(new Set(['cause-desktop-heap', 'findings', 'reboot']));
  expect(steps('Event ID 4689')[0]).toBe('cause-desktop-heap');
  // Codes are exact: part of one finds nothing.
  expect(steps('468')).toEqual([]);
});

test('the steps state their codes', () => {
  const codes = (id: string) => documents.find((d) => d.stepId === id)!.codes.split(' ');
  expect(codes('cause-desktop-heap')).toEqual(
    expect.arrayContaining(['4689', '0x8000ffff', 'SharedSection', 'HKEY_LOCAL_MACHINE']),
  );
  expect(codes('cause-iaasvm-provider')).toEqual(
    expect.arrayContaining([
      'IsProviderInstalled',
      'IsCommonProviderInstalled',
      'BCDRAgent',
      'REG_SZ',
    ]),
  );
  expect(codes('cause-msvc-dll-mismatch')).toEqual(
    expect.arrayContaining(['0x80110401', 'msvcp120.dll', 'msvcr120.dll', 'vcredist2013_x64']),
  );
  expect(statedCodes(['At 2018-12-04T07:52:28.8611188Z: Event 4689, not 2013.'], [])).toEqual([
    '4689',
  ]);
});

test('what engineers paste finds the step that states it, first', () => {
  expect(steps('ExtensionInstallationFailedMDTC')[0]).toBe('error-code');
  expect(steps('0x8000ffff')[0]).toBe('cause-desktop-heap');
  expect(steps('IsProviderInstalled')).toEqual(['cause-iaasvm-provider']);
  expect(steps('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\BcdrAgent')[0]).toBe(
    'cause-iaasvm-provider',
  );
  expect(steps('SharedSection')[0]).toBe('cause-desktop-heap');
  expect(steps('msvcr120.dll')).toEqual(['dll-dates', 'cause-msvc-dll-mismatch']);
  expect(steps('WaAppAgent.log')[0]).toBe('collect-manual');
  expect(steps('vcredist2013_x64')[0]).toBe('cause-msvc-dll-mismatch');
  expect(steps('REG ADD')[0]).toBe('cause-iaasvm-provider');
  expect(steps('regedit')[0]).toBe('cause-desktop-heap');
  expect(steps('COMException')[0]).toBe('cause-msvc-dll-mismatch');
});

test('a whole pasted log line finds its cause first', () => {
  const line =
    '2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or more objects - the ErrorInfo collection may have more detail (Exception from HRESULT: 0x80110401)';
  const found = steps(line);
  expect(found.slice(0, 3)).toEqual(['cause-msvc-dll-mismatch', 'findings', 'dll-dates']);
  // Steps that share only a common word of the line are left out.
  expect(found).not.toContain('collect-manual');
});

test('step titles and words, by prefix and with a typo', () => {
  expect(steps('desktop heap')[0]).toBe('cause-desktop-heap');
  expect(steps('desktopp heap')[0]).toBe('cause-desktop-heap');
  expect(steps('log permission')[0]).toBe('log-permission');
  expect(steps('regedi')[0]).toBe('cause-desktop-heap');
  expect(steps('escalate')).toEqual(['known-issues']);
  expect(steps('Inspect IaaS Disk')[0]).toBe('collect-asc');
});

test("the guide's search terms find steps by their other names", () => {
  expect(steps('MSDTC')).toEqual(expect.arrayContaining(['error-code']));
  expect(steps('IaaSVmProvider')[0]).toBe('cause-iaasvm-provider');
  expect(steps('E_UNEXPECTED')[0]).toBe('cause-desktop-heap');
  expect(steps('HKLM')).toContain('cause-desktop-heap');
});

test('a code the index knows only in parts is found by all its parts', () => {
  expect(steps('Microsoft.Azure')[0]).toBe('cause-msvc-dll-mismatch');
  expect(steps('0x80070005')).toEqual([]);
});

test('odd queries find nothing and break nothing', () => {
  expect(steps('')).toEqual([]);
  expect(steps('the of and')).toEqual([]);
  expect(steps('<script>alert(1)</script>')).toEqual([]);
  expect(steps('日本語 🙂')).toEqual([]);
  const huge = parseQuery('0x80110401 '.repeat(1000));
  expect(huge.shortened).toBe(true);
  expect(rankSteps(index, huge)[0]?.stepId).toBe('cause-msvc-dll-mismatch');
});

test('the index round-trips through its file, and refuses a file it cannot read', () => {
  const direct = createSearchIndex(documents);
  expect(rankSteps(direct, parseQuery('4689')).map((h) => h.id)).toEqual(
    rankSteps(index, parseQuery('4689')).map((h) => h.id),
  );
  expect(() => openSearchIndex({ format: 'guide-search-index', version: 99 })).toThrow();
  expect(() => openSearchIndex('<!doctype html>')).toThrow();
});
