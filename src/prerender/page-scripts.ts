import { activeSessionKey } from '../features/sessions/active/browser-storage';

/**
 * The inline scripts of a prerendered step page, and the app's side of them.
 *
 * A prerendered page shows its step opened with no answers and no case session. It paints from
 * its HTML alone; the app is fetched once that first paint is done, then takes the page over.
 * When the screen will differ, the page is marked stale and hidden before its first paint, the
 * app is fetched at once, and it renders the real screen in its place: when the URL carries
 * answers, when this tab works on a case session, or when the page was served for another
 * spelling of its path (`…/index.html`, an encoded slash, doubled slashes: whatever a host maps
 * to the file), which the app need not read as the host did. Until the app has committed its
 * first screen the page is marked `fresh` or `stale`; then the mark is removed.
 */

const attribute = 'data-prerender';
const stale = 'stale';
const fresh = 'fresh';
/** What the loader leaves on `window`: a form submitted before the app ran; how to stop holding. */
interface LoaderGlobals {
  __prerenderPendingSubmit?: unknown;
  __prerenderPendingSubmitRelease?: () => void;
}
const json = JSON.stringify;
const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `<head>` markup for the page prerendered for `pathname`: marks the page stale when it is, and
 * hides it while it is (`display: none`, so no layout is spent on markup about to be replaced).
 * Only the path itself, or the path and one trailing slash, count as this page's own path.
 */
export function staleMarkupGuard(pathname: string): string {
  return (
    `<style>html[${attribute}="${stale}"] #root{display:none}</style>` +
    `<script data-path="${escapeAttribute(pathname)}">(function(){` +
    `var p=document.currentScript.getAttribute('data-path'),l=location.pathname,s=location.search;` +
    `try{s=s||sessionStorage.getItem(${json(activeSessionKey)})}catch(e){}` +
    `document.documentElement.setAttribute(${json(attribute)},s||(l!==p&&l!==p+'/')?${json(stale)}:${json(fresh)})` +
    `})()</script>`
  );
}

/**
 * Longest wait for a first paint before the app is fetched anyway: a safety net only, long
 * enough that a busy machine's slow first paint does not trip it.
 */
const paintWaitMs = 4000;

/**
 * End-of-`<body>` markup that fetches the app (`entry`, with `preloads` alongside): at once on a
 * stale page or in a background tab (which paints nothing), else after the first contentful
 * paint, so the app's download does not compete with it. Should the app fail to load, a stale page
 * is shown as it is rather than left blank. A form submitted before the app is running (Start,
 * pressed early) is held: not sent as a page reload, and not seen by a half-hydrated app either,
 * but handed to the app once it runs (`takePendingSubmit`), to submit exactly once.
 */
export function appLoader(entry: string, preloads: readonly string[]): string {
  return (
    `<script>(function(){var d=document.documentElement,done=false;` +
    `function hold(e){e.preventDefault();e.stopImmediatePropagation();window.__prerenderPendingSubmit=e.target}` +
    `document.addEventListener('submit',hold,true);` +
    `window.__prerenderPendingSubmitRelease=function(){document.removeEventListener('submit',hold,true)};` +
    `function start(){if(done)return;done=true;` +
    `${json(preloads)}.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)});` +
    `import(${json(entry)}).catch(function(e){d.removeAttribute(${json(attribute)});throw e})}` +
    `if(d.getAttribute(${json(attribute)})===${json(stale)}||document.visibilityState==='hidden'){start();return}` +
    `setTimeout(start,${paintWaitMs});` +
    `try{if(PerformanceObserver.supportedEntryTypes.indexOf('paint')>=0){` +
    `new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)start()}).observe({type:'paint',buffered:true});return}}catch(e){}` +
    `requestAnimationFrame(function(){setTimeout(start,0)})})()</script>`
  );
}

/** Whether the markup in the page is not what the app would render here. */
export function isPrerenderStale(html: HTMLElement): boolean {
  return html.getAttribute(attribute) === stale;
}

/**
 * Stops holding submissions, and gives back the form submitted while the app was loading, if
 * any, for the app to submit again now that it handles it.
 */
export function takePendingSubmit(): HTMLFormElement | undefined {
  const held = window as LoaderGlobals;
  held.__prerenderPendingSubmitRelease?.();
  const form = held.__prerenderPendingSubmit;
  held.__prerenderPendingSubmit = undefined;
  return form instanceof HTMLFormElement && form.isConnected ? form : undefined;
}

/** Once the app has rendered the real screen: shows a stale page again, and drops the mark. */
export function clearStalePrerender(html: HTMLElement): void {
  html.removeAttribute(attribute);
}
