import { markAttribute, staleMark } from './prerender-marks';

/**
 * The loader of a prerendered page: a small classic script, inline at the end of the page's
 * `<body>` (built on its own by scripts/prerender.mjs, allowed by its hash), reading the app's
 * entry and the modules (and data) to preload from its own `data-entry` and `data-preloads`. Inline, not a
 * file: a file is one more request started before the first paint, a round trip that a slow
 * network puts ahead of the largest paint (`page-scripts.ts`). It fetches the
 * app at once on a stale page or in a background tab (which paints nothing), else after the
 * first contentful paint, so the app's download does not compete with it. Should the app fail
 * to load, a stale page is shown as it is rather than left blank.
 */

/**
 * Longest wait for a first paint before the app is fetched anyway: a safety net only, long
 * enough that a busy machine's slow first paint does not trip it.
 */
const paintWaitMs = 4000;

function load(script: HTMLScriptElement) {
  const entry = script.dataset.entry;
  if (!entry) return;
  const preloads = (script.dataset.preloads ?? '').split(' ').filter(Boolean);
  const html = document.documentElement;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preloads) {
      const link = document.createElement('link');
      // A module, or data the app fetches (the list of guides).
      if (href.endsWith('.json')) {
        link.rel = 'preload';
        link.as = 'fetch';
        link.crossOrigin = 'anonymous';
      } else link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
    import(/* @vite-ignore */ entry).catch((error: unknown) => {
      html.removeAttribute(markAttribute);
      throw error;
    });
  };
  if (html.getAttribute(markAttribute) === staleMark || document.visibilityState === 'hidden') {
    start();
    return;
  }
  setTimeout(start, paintWaitMs);
  try {
    if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) start();
      }).observe({ type: 'paint', buffered: true });
      return;
    }
  } catch {
    // No paint timing here: wait for the next frame instead.
  }
  requestAnimationFrame(() => setTimeout(start, 0));
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement) load(script);
