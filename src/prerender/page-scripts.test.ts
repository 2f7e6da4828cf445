import { expect, test } from 'vitest';
import { headMarkup } from './page-scripts';

type Listener = (event: unknown) => void;

/** Runs the head guard of the page prerendered for `pagePath` as a browser would at `url`. */
function runGuard(
  pagePath: string,
  url: string,
  session: string | null = null,
  shownWithAnswers = true,
) {
  const markup = headMarkup(pagePath, 'body{color:red}', shownWithAnswers);
  const path = /<script data-path="([^"]*)"/.exec(markup)![1]!;
  const hides = /<script [^>]*data-hide-answered[^>]*>/.test(markup);
  const code = /<script[^>]*>([\s\S]*)<\/script>/.exec(markup)![1]!;
  const attributes = new Map<string, string>();
  const listeners = new Map<string, Listener>();
  const document = {
    currentScript: {
      getAttribute: () => path,
      hasAttribute: (name: string) => name === 'data-hide-answered' && hides,
    },
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
    addEventListener: (type: string, listener: Listener, capture: boolean) =>
      capture && listeners.set(type, listener),
    removeEventListener: (type: string, listener: Listener) =>
      listeners.get(type) === listener && listeners.delete(type),
  };
  const window: Record<string, unknown> = {};
  const { pathname, search } = new URL(url, 'https://host.example');
  new Function('document', 'window', 'location', 'sessionStorage', code)(
    document,
    window,
    { pathname, search },
    { getItem: () => session },
  );
  return { mark: attributes.get('data-prerender'), listeners, window };
}

const markAt = (pagePath: string, url: string, session?: string, shownWithAnswers = true) =>
  runGuard(pagePath, url, session, shownWithAnswers).mark;

const page = '/extension-failures/collect/asc';

test('the page at its own path, with or without a trailing slash, is fresh: the app hydrates it', () => {
  expect(markAt(page, page)).toBe('fresh');
  expect(markAt(page, `${page}/`)).toBe('fresh');
});

test('answers in the URL, or a case session in this tab, mark the page answered', () => {
  expect(markAt(page, `${page}?log-permission=granted&v=1`)).toBe('answered');
  expect(markAt(page, page, 'session-1')).toBe('answered');
});

test('a page whose heading the answers may move stays hidden (stale) until the app renders', () => {
  expect(markAt(page, `${page}?log-permission=granted&v=1`, undefined, false)).toBe('stale');
  expect(markAt(page, page, 'session-1', false)).toBe('stale');
  expect(markAt(page, page, undefined, false)).toBe('fresh');
});

test('another spelling of the path with answers is still stale (hidden)', () => {
  expect(markAt(page, `${page}/index.html?log-permission=granted&v=1`)).toBe('stale');
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

test('a form submitted before the app runs is held, not sent, until the app takes it', () => {
  const { listeners, window } = runGuard(page, page);
  const form = { id: 'start-form' };
  let prevented = false;
  listeners.get('submit')!({
    target: form,
    preventDefault: () => (prevented = true),
    stopImmediatePropagation: () => undefined,
  });
  expect(prevented).toBe(true);
  expect(window.__prerenderPendingSubmit).toBe(form);
  (window.__prerenderPendingSubmitRelease as () => void)();
  expect(listeners.has('submit')).toBe(false);
});
