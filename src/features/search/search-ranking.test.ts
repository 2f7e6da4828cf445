import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { parseQuery } from './parse-query';
import {
  buildSearchDocuments,
  statedCodes,
  type GuideText,
  type SearchDocument,
} from './search-document';
import { inMemorySearch } from './in-memory-search.test-helper';
import { createSearchIndex, openSearchIndex, searchFiles } from './search-index';
import { planSearch, rankSteps } from './search-query';
import type { GuideSearch } from './search-engine';

/**
 * Ranking on the real guides: their pages rendered as the build renders them (through Vite, with
 * the MDX plugin, as `vite dev` builds its index), indexed, split into the search's files and
 * searched as the browser searches them.
 */

let server: ViteDevServer;
let documents: SearchDocument[];
let search: GuideSearch;

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
  search = inMemorySearch(documents).search;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const steps = async (query: string) =>
  (await search.search(query, Infinity)).results.map((r) => r.id.split('/')[1]);

test('every step of the guide is indexed, with its page text', async () => {
  const ids = documents.filter((d) => d.guideId === 'extension-failures').map((d) => d.stepId);
  expect(ids).toContain('cause-msvc-dll-mismatch');
  expect(ids).toHaveLength(15);
  const cause3 = documents.find((d) => d.stepId === 'cause-msvc-dll-mismatch')!;
  expect(cause3.href).toBe('/extension-failures/cause/msvc-dll-mismatch');
  expect(cause3.blocks).toContain('vcredist2013_x64');
  // The Copy buttons' labels are not page text.
  expect(cause3.blocks).not.toContain('Copy');
});

test('0x80110401 puts Cause 3 first, above the questions that quote the same error', async () => {
  const found = await steps('0x80110401');
  expect(found[0]).toBe('cause-msvc-dll-mismatch');
  expect(found).toEqual(expect.arrayContaining(['findings', 'dll-dates']));
  expect(await steps('80110401')).toEqual(found);
  expect(await steps('0X80110401')).toEqual(found);
});

test('4689 lists every step that states Event ID 4689, Cause 1 first', async () => {
  const found = await steps('4689');
  expect(found[0]).toBe('cause-desktop-heap');
  expect(new Set(found)).toEqual(new Set(['cause-desktop-heap', 'findings', 'reboot']));
  expect((await steps('Event ID 4689'))[0]).toBe('cause-desktop-heap');
  // Codes are exact: part of one finds nothing.
  expect(await steps('468')).toEqual([]);
});

test('the steps state their codes', async () => {
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

test('what engineers paste finds the step that states it, first', async () => {
  expect((await steps('ExtensionInstallationFailedMDTC'))[0]).toBe('error-code');
  expect((await steps('0x8000ffff'))[0]).toBe('cause-desktop-heap');
  expect(await steps('IsProviderInstalled')).toEqual(['cause-iaasvm-provider']);
  expect((await steps('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\BcdrAgent'))[0]).toBe(
    'cause-iaasvm-provider',
  );
  expect((await steps('SharedSection'))[0]).toBe('cause-desktop-heap');
  expect(await steps('msvcr120.dll')).toEqual(['dll-dates', 'cause-msvc-dll-mismatch']);
  expect((await steps('WaAppAgent.log'))[0]).toBe('collect-manual');
  expect((await steps('vcredist2013_x64'))[0]).toBe('cause-msvc-dll-mismatch');
  expect((await steps('REG ADD'))[0]).toBe('cause-iaasvm-provider');
  expect((await steps('regedit'))[0]).toBe('cause-desktop-heap');
  expect((await steps('COMException'))[0]).toBe('cause-msvc-dll-mismatch');
});

test('a whole pasted log line finds its cause first', async () => {
  const line =
    '2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or more objects - the ErrorInfo collection may have more detail (Exception from HRESULT: 0x80110401)';
  const found = await steps(line);
  expect(found.slice(0, 3)).toEqual(['cause-msvc-dll-mismatch', 'findings', 'dll-dates']);
  // Steps that share only a common word of the line are left out.
  expect(found).not.toContain('collect-manual');
});

test('step titles and words, by prefix and with a typo', async () => {
  expect((await steps('desktop heap'))[0]).toBe('cause-desktop-heap');
  expect((await steps('desktopp heap'))[0]).toBe('cause-desktop-heap');
  expect((await steps('log permission'))[0]).toBe('log-permission');
  expect((await steps('regedi'))[0]).toBe('cause-desktop-heap');
  expect(await steps('escalate')).toEqual(['known-issues']);
  expect((await steps('Inspect IaaS Disk'))[0]).toBe('collect-asc');
});

test("the guide's search terms find steps by their other names", async () => {
  expect(await steps('MSDTC')).toEqual(expect.arrayContaining(['error-code']));
  expect((await steps('IaaSVmProvider'))[0]).toBe('cause-iaasvm-provider');
  expect((await steps('E_UNEXPECTED'))[0]).toBe('cause-desktop-heap');
  expect(await steps('HKLM')).toContain('cause-desktop-heap');
});

test('a code the index knows only in parts is found by all its parts', async () => {
  expect((await steps('Microsoft.Azure'))[0]).toBe('cause-msvc-dll-mismatch');
  expect(await steps('0x80070005')).toEqual([]);
});

test('odd queries find nothing and break nothing', async () => {
  expect(await steps('')).toEqual([]);
  expect(await steps('the of and')).toEqual([]);
  expect(await steps('<script>alert(1)</script>')).toEqual([]);
  expect(await steps('日本語 🙂')).toEqual([]);
  const huge = '0x80110401 '.repeat(1000);
  expect(parseQuery(huge).shortened).toBe(true);
  expect((await steps(huge))[0]).toBe('cause-msvc-dll-mismatch');
});

/** The documents of `copies` look-alike guides (the real ones, under other ids and titles). */
function library(copies: number): SearchDocument[] {
  return Array.from({ length: copies }, (_, i) =>
    documents.map((d) => ({
      ...d,
      id: `copy-${i}-${d.id}`,
      guideId: `copy-${i}-${d.guideId}`,
      guideTitle: `${d.guideTitle} (${i})`,
      href: `/copy-${i}${d.href}`,
    })),
  ).flat();
}

const queries = [
  '0x80110401',
  '4689',
  'Event ID 4689',
  'regedi',
  'desktopp heap',
  'Microsoft.Azure',
  'MSDTC',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\BcdrAgent',
  '2018-12-04T07:52:28.8611188Z [Error]: Install provider failed COMException (0x80110401)',
];

test('a search over the parts it fetched ranks exactly as one over the whole index', async () => {
  const steps = library(12);
  const whole = createSearchIndex(steps);
  const { index } = searchFiles(steps, (base) => base);
  const open = openSearchIndex(JSON.parse(index));
  const { search, files } = inMemorySearch(steps);
  expect(files.filter((f) => f.startsWith('search-terms-')).length).toBeGreaterThan(4);
  for (const query of queries) {
    const expected = rankSteps(whole, planSearch(open, parseQuery(query)).tree);
    const outcome = await search.search(query, 25);
    expect(outcome.total).toBe(expected.length);
    expect(outcome.results.map((r) => r.id)).toEqual(expected.slice(0, 25).map((r) => r.id));
  }
});

test('a search fetches the parts that hold its terms, and the guides of the results it shows', async () => {
  const { search, fetched, files } = inMemorySearch(library(12));
  const outcome = await search.search('4689', 2);
  expect(outcome.total).toBeGreaterThan(12);
  expect(outcome.results).toHaveLength(2);
  // One part (the term's), and the shown fields of the (at most two) guides on screen.
  const parts = fetched.filter((f) => f.startsWith('search-terms-'));
  expect(parts).toHaveLength(1);
  expect(fetched.length - parts.length).toBeLessThanOrEqual(2);
  expect(fetched.length).toBeLessThan(files.length / 4);
  // Each file once: the same search again fetches nothing.
  const before = fetched.length;
  await search.search('4689', 2);
  expect(fetched).toHaveLength(before);
});

test('offline, a search finds what the guides kept in this browser say, and says so', async () => {
  const steps = library(12);
  const kept = ['copy-3-extension-failures', 'copy-7-extension-failures'];
  const { search } = inMemorySearch(steps, kept);
  for (const query of queries) {
    const online = await inMemorySearch(steps).search.search(query, Infinity);
    const outcome = await search.search(query, Infinity);
    expect(outcome.offline).toEqual({ searched: 2, guides: 12 });
    // The kept guides' results, and only theirs, ranked among themselves: each guide's best
    // step is its best online.
    const ids = outcome.results.map((r) => r.id);
    for (const guide of kept) {
      const best = (list: string[]) => list.find((id) => id.startsWith(guide));
      expect(best(ids)).toBe(best(online.results.map((r) => r.id)));
    }
    expect(ids.every((id) => kept.some((guide) => id.startsWith(guide)))).toBe(true);
    expect(outcome.total).toBe(ids.length);
  }
  expect((await search.search('0x80110401', 2)).results[0]!.href).toMatch(
    /^\/copy-[37]\/extension-failures\/cause\/msvc-dll-mismatch$/,
  );
});

test('offline with no guide kept, a search fails and can be tried again', async () => {
  const { search } = inMemorySearch(library(12), []);
  await expect(search.search('4689', 10)).rejects.toThrow(/No file search-terms-/);
});

test("a small library's search is one file: its first search fetches nothing more", async () => {
  const { search, fetched, files } = inMemorySearch(documents);
  expect(files).toEqual([]);
  expect((await search.search('4689', 20)).total).toBe(3);
  expect(fetched).toEqual([]);
});

test('the index refuses a file it cannot read', () => {
  expect(() => openSearchIndex({ format: 'guide-search-index', version: 1 })).toThrow();
  expect(() => openSearchIndex({ format: 'guide-search-index', version: 99 })).toThrow();
  expect(() => openSearchIndex('<!doctype html>')).toThrow();
});
