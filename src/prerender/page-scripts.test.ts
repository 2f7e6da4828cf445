import { expect, test } from 'vitest';
import { staleMarkupGuard } from './page-scripts';

/** Runs the guard of the page prerendered for `pagePath` as a browser would at `url`. */
function markAt(pagePath: string, url: string, session: string | null = null): string | null {
  const markup = staleMarkupGuard(pagePath);
  const path = /<script data-path="([^"]*)">/.exec(markup)![1]!;
  const code = /<script[^>]*>([\s\S]*)<\/script>/.exec(markup)![1]!;
  const attributes = new Map<string, string>();
  const document = {
    currentScript: { getAttribute: () => path },
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  };
  const { pathname, search } = new URL(url, 'https://host.example');
  const sessionStorage = { getItem: () => session };
  new Function('document', 'location', 'sessionStorage', code)(
    document,
    { pathname, search },
    sessionStorage,
  );
  return attributes.get('data-prerender') ?? null;
}

const page = '/extension-failures/collect/asc';

test('the page at its own path, with or without a trailing slash, is fresh: the app hydrates it', () => {
  expect(markAt(page, page)).toBe('fresh');
  expect(markAt(page, `${page}/`)).toBe('fresh');
});

test('answers in the URL, or a case session in this tab, make the page stale', () => {
  expect(markAt(page, `${page}?log-permission=granted&v=1`)).toBe('stale');
  expect(markAt(page, page, 'session-1')).toBe('stale');
});

test('the page served for another spelling of its path is stale: the app renders it anew', () => {
  for (const other of [
    `${page}/index.html`,
    '/extension-failures/collect%2Fasc',
    '/extension-failures//collect/asc',
    '/extension-failures/c%6Fllect/asc',
    `${page}//`,
    '/Extension-Failures/collect/asc',
  ]) {
    expect(markAt(page, other), other).toBe('stale');
  }
});
