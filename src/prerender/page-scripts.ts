import { tabPointerKey } from '../features/sessions/tab-pointer';
import type { InlineSources } from './content-security-policy';
import {
  answerDependentHint,
  prerenderHintAttribute,
  referenceOnlyHint,
} from '../features/guide/components/prerender-hints';
import { answeredMark, freshMark, markAttribute, staleMark } from './prerender-marks';

/**
 * The scripts and the stylesheet of a prerendered step page, and the app's side of them.
 *
 * A prerendered page shows its step opened with no answers and no case session. It paints from
 * its HTML alone; the app is fetched once that first paint is done, then takes the page over.
 * When the screen will differ, the page is marked stale and hidden before its first paint, the
 * app is fetched at once, and it renders the real screen in its place: when the URL carries
 * answers, when this tab works on a case session, or when the page was served for another
 * spelling of its path (`…/index.html`, an encoded slash, doubled slashes: whatever a host maps
 * to the file), which the app need not read as the host did. Until the app has committed its
 * first screen the page is marked `fresh` or `stale`; then the mark is removed.
 *
 * Under the Content-Security-Policy (`content-security-policy.ts`) the page has two inline
 * scripts and one inline stylesheet, each the same on every page and allowed by its hash: the
 * head guard and the stylesheet act before the first paint; the loader (`page-loader.ts`), at
 * the end of the body, is inline so that nothing but the page itself is requested before that
 * paint (a file would be one more round trip in its way on a slow network).
 */

/** What the head guard leaves on `window`: a form submitted before the app ran; how to stop holding. */
interface GuardGlobals {
  __prerenderPendingSubmit?: unknown;
  __prerenderPendingSubmitRelease?: () => void;
}
const json = JSON.stringify;
const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page's stylesheet, inline so the first paint waits on no other request, with the rule that
 * hides a stale page (`display: none`, so no layout is spent on markup about to be replaced).
 */
export function inlineStylesheet(css: string): string {
  if (/<\/style/i.test(css)) throw new Error('The stylesheet cannot be inlined as it is');
  const answered = `html[${markAttribute}="${answeredMark}"] #root [${prerenderHintAttribute}=`;
  return (
    `${css}\nhtml[${markAttribute}="${staleMark}"] #root{display:none}` +
    `\n${answered}"${referenceOnlyHint}"]{display:none}` +
    `\n${answered}"${answerDependentHint}"]{visibility:hidden}`
  );
}

/**
 * The head guard, the same text on every page (its page's path is in its `data-path`): marks
 * the page before its first paint: `fresh` at its own path with no answers and no case session
 * (only the path itself, or the path and one trailing slash, count as the page's own path);
 * `answered` there with answers or a case session, unless the page says the answers may move
 * its heading (`data-hide-answered`), then `stale`, as at any other path. It also holds a form submitted before the app is
 * running (Start, pressed early): not sent as a page reload, and not seen by a half-hydrated app
 * either, but handed to the app once it runs (`takePendingSubmit`), to submit exactly once.
 * Any tab pointer counts (`tab-pointer.ts`), even one the app will ignore as copied from another
 * tab: the page is then rendered by the app a moment later, as it would have been anyway.
 */
export const guardScript =
  `(function(){var d=document.documentElement,c=document.currentScript,p=c.getAttribute('data-path'),` +
  `x=c.hasAttribute('data-hide-answered'),l=location.pathname,s=location.search;` +
  `try{s=s||sessionStorage.getItem(${json(tabPointerKey)})}catch(e){}` +
  `d.setAttribute(${json(markAttribute)},(l!==p&&l!==p+'/')||(s&&x)?${json(staleMark)}:s?${json(answeredMark)}:${json(freshMark)});` +
  `function h(e){e.preventDefault();e.stopImmediatePropagation();window.__prerenderPendingSubmit=e.target}` +
  `document.addEventListener('submit',h,true);` +
  `window.__prerenderPendingSubmitRelease=function(){document.removeEventListener('submit',h,true)}})()`;

/**
 * `<head>` markup for the page prerendered for `pathname`: its stylesheet and the guard, told
 * whether the page may be shown while the app applies answers (`PrerenderedPage.shownWithAnswers`).
 */
export function headMarkup(pathname: string, css: string, shownWithAnswers = false): string {
  const hide = shownWithAnswers ? '' : ' data-hide-answered';
  return (
    `<style>${inlineStylesheet(css)}</style>\n    ` +
    `<script data-path="${escapeAttribute(pathname)}"${hide}>${guardScript}</script>`
  );
}

/**
 * The loader (`page-loader.ts`, built to `code`), inline, fetching `entry` with `preloads`: the
 * same text on every page, what it loads in its attributes.
 */
export function loaderMarkup(code: string, entry: string, preloads: readonly string[]): string {
  if (/<\/script/i.test(code)) throw new Error('The loader cannot be inlined as it is');
  return (
    `<script data-entry="${escapeAttribute(entry)}" ` +
    `data-preloads="${escapeAttribute(preloads.join(' '))}">${code}</script>`
  );
}

/** The inline scripts and stylesheet every prerendered page carries, for the policy to allow. */
export function pageInlineSources(css: string, loader: string): InlineSources {
  return { scripts: [guardScript, loader], styles: [inlineStylesheet(css)] };
}

/** Whether the markup in the page is not what the app would render here (it renders anew). */
export function isPrerenderStale(html: HTMLElement): boolean {
  const mark = html.getAttribute(markAttribute);
  return mark === staleMark || mark === answeredMark;
}

/** Whether a form was submitted before the app ran: someone pressed Start or Continue and waits. */
export function hasPendingSubmit(): boolean {
  return (window as GuardGlobals).__prerenderPendingSubmit instanceof HTMLFormElement;
}

/**
 * Stops holding submissions, and gives back the form submitted while the app was loading, if
 * any, for the app to submit again now that it handles it.
 */
export function takePendingSubmit(): HTMLFormElement | undefined {
  const held = window as GuardGlobals;
  held.__prerenderPendingSubmitRelease?.();
  const form = held.__prerenderPendingSubmit;
  held.__prerenderPendingSubmit = undefined;
  return form instanceof HTMLFormElement && form.isConnected ? form : undefined;
}

/**
 * Lets the app see the choices made in a hydrated page before it ran. Hydration keeps what the
 * reader ticked, but the app's state does not know it (Continue would say "Select an answer"):
 * each radio or checkbox whose `checked` differs from the `defaultChecked` the app has just
 * rendered is set back and clicked, so the app's own change handler takes the choice.
 */
export function replayEarlyChoices(root: ParentNode): void {
  const inputs = root.querySelectorAll<HTMLInputElement>(
    'input[type="radio"], input[type="checkbox"]',
  );
  for (const input of Array.from(inputs)) {
    if (input.checked === input.defaultChecked || input.disabled) continue;
    input.checked = !input.checked;
    input.click();
  }
}

/** Once the app has rendered the real screen: shows a stale page again, and drops the mark. */
export function clearStalePrerender(html: HTMLElement): void {
  html.removeAttribute(markAttribute);
}
