import type { Rendered } from './guide-input';
import { guideFiles, type Problem } from './guide-problem';
import { headingsIn, linksIn } from './html-text';

const externalScheme = /^(https?|mailto):/i;
const anyScheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A page's content as the step shows it: it leaves the `h1` to the step's title (the page's
 * headings start at `##`), and every link inside the app opens a step of a guide or a page of
 * the app. A relative link is read from the step's own URL, as the browser reads it.
 */
export function checkPageContent(
  pageId: string,
  content: Rendered,
  /** The URL path of the step the page belongs to (`/guide/collect/asc`), if it has one. */
  stepPathname: string | undefined,
  /** Every URL path that opens something: each guide's steps, and the app's own pages. */
  knownPaths: ReadonlySet<string>,
  /**
   * A guide written in Markdown: where a link is in the page, and the headings are checked in
   * its source already.
   */
  markdown?: { linkAt(href: string): Pick<Problem, 'line' | 'column'> },
): Problem[] {
  const file = guideFiles.page(pageId);
  const step = stepPathname === undefined ? undefined : pageId;
  if ('error' in content)
    return [{ file, step, message: `could not be rendered: ${content.error}` }];
  const problems: Problem[] = [];
  for (const heading of markdown ? [] : headingsIn(content.html, 1)) {
    problems.push({
      file,
      step,
      message: `a level-1 heading ("# ${heading}"): the step's title is the page's only h1; start the page's headings at ##`,
    });
  }
  for (const href of linksIn(content.html)) {
    if (href === '' || href.startsWith('#') || href.startsWith('//') || externalScheme.test(href)) {
      continue;
    }
    if (anyScheme.test(href)) {
      problems.push({
        file,
        ...markdown?.linkAt(href),
        step,
        message: `link "${href}": only http(s) and mailto links leave the app`,
      });
      continue;
    }
    const url = new URL(href, `http://guide.invalid${stepPathname ?? '/'}`);
    const pathname = decodeURIComponent(url.pathname).replace(/(.)\/+$/, '$1');
    if (!knownPaths.has(pathname)) {
      problems.push({
        file,
        ...markdown?.linkAt(href),
        step,
        message: `link "${href}" leads to ${pathname}, which is no step of any guide and no page of the app`,
      });
    }
  }
  return problems;
}
