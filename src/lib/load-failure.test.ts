import { expect, test } from 'vitest';
import {
  classifyLoadFailure,
  entryInShell,
  failedChunkUrl,
  type FailureProbe,
} from './load-failure';

const origin = 'https://wizard.example';
const chunk = `${origin}/assets/collect-asc-abc123.js`;
const importError = new TypeError(`Failed to fetch dynamically imported module: ${chunk}`);
const shell = (entry: string) =>
  `<!doctype html><head><script async src="/assets/step-preload-x.js"></script>` +
  `<script type="module" crossorigin src="${entry}"></script></head>`;

/** A probe whose server answers `routes` (URL → response), and fails any other request. */
function probe(routes: Record<string, () => Response>, extra: Partial<FailureProbe> = {}) {
  const asked: string[] = [];
  const value: FailureProbe = {
    origin,
    online: true,
    runningEntry: '/assets/index-old.js',
    fetch: async (url, init) => {
      asked.push(`${init.method ?? 'GET'} ${url}`);
      const route = routes[url];
      if (!route) throw new TypeError('Failed to fetch');
      return route();
    },
    ...extra,
  };
  return { value, asked };
}

test('the failed chunk is read off the import error, or its cause', () => {
  expect(failedChunkUrl(importError)).toBe(chunk);
  expect(failedChunkUrl(new Error('Could not load the page', { cause: importError }))).toBe(chunk);
  expect(failedChunkUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
});

test('the shell’s entry module is its module script', () => {
  expect(entryInShell(shell('/assets/index-new.js'))).toBe('/assets/index-new.js');
  expect(entryInShell('<p>no script</p>')).toBeUndefined();
});

test('a browser that says it is offline is offline, with no request', async () => {
  const { value, asked } = probe({}, { online: false });
  expect(await classifyLoadFailure(importError, value)).toBe('offline');
  expect(asked).toEqual([]);
});

test('a chunk the server no longer has means a new version was deployed', async () => {
  const gone = probe({ [chunk]: () => new Response(null, { status: 404 }) });
  expect(await classifyLoadFailure(importError, gone.value)).toBe('updated');
  expect(gone.asked).toEqual([`HEAD ${chunk}`]);
  // A host that answers every path with the app's HTML.
  const fallback = probe({
    [chunk]: () => new Response('', { headers: { 'content-type': 'text/html' } }),
  });
  expect(await classifyLoadFailure(importError, fallback.value)).toBe('updated');
});

test('a chunk that is there again was a passing failure', async () => {
  const { value } = probe({
    [chunk]: () => new Response('', { headers: { 'content-type': 'text/javascript' } }),
  });
  expect(await classifyLoadFailure(importError, value)).toBe('unavailable');
});

test('no answer at all is offline', async () => {
  const { value } = probe({});
  expect(await classifyLoadFailure(importError, value)).toBe('offline');
});

test('with no chunk named, the deployed shell says whether this is still the running version', async () => {
  const error = new TypeError('Importing a module script failed.');
  const newer = probe({ [`${origin}/`]: () => new Response(shell('/assets/index-new.js')) });
  expect(await classifyLoadFailure(error, newer.value)).toBe('updated');
  const same = probe({ [`${origin}/`]: () => new Response(shell('/assets/index-old.js')) });
  expect(await classifyLoadFailure(error, same.value)).toBe('unavailable');
});
