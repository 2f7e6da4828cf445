import { headMarkup, loaderMarkup } from './page-scripts';

/** One step's page as the browser would first render it, opened with no answers. */
export interface PrerenderedPage {
  guideId: string;
  /** The step the page shows (absent on a guide's training pages). */
  stepId?: string;
  /** The step's URL path: the guide's base path and the step's path, e.g. `/guide/collect/asc`. */
  pathname: string;
  title: string;
  /** The page's `<meta name="description">`: the step and its guide, in the guide's words. */
  description: string;
  /** Where a reader without JavaScript starts the page's guide (the page's `<noscript>`). */
  guideStart: GuideStart;
  /** The markup that goes inside `<div id="root">`. */
  html: string;
  /**
   * The source modules the page needs besides the app's entry (the guide's code, the step's
   * content), as Vite's manifest keys them: `content/<guide>/index.ts`.
   */
  modules: readonly string[];
  /**
   * Whether the page, opened with answers or in a tab with a case session, is shown at once
   * (the parts the answers change kept out of sight) while the app renders it: when what the
   * answers add never moves the step's heading and content. Otherwise it stays hidden until then.
   */
  shownWithAnswers: boolean;
}

/** A guide's start page, as a link. */
export interface GuideStart {
  title: string;
  pathname: string;
}

/** What a prerendered page loads, read off the build. */
export interface PageAssets {
  /** The page loader's code (`page-loader.ts`, built), inlined at the end of the body. */
  loader: string;
  /** The app's entry module, e.g. `/assets/index-abc.js`. */
  entry: string;
  /** Modules fetched alongside it: the entry's imports and the step's content. */
  preloads: readonly string[];
  /** The app's stylesheet, inlined so the first paint waits on no other request. */
  css: string;
}

const emptyRoot = '<div id="root"></div>';
const bodyEnd = '</body>';
const titleTag = /<title>[^<]*<\/title>/;
const descriptionTag = /<meta name="description" content="[^"]*" \/>/;
/** In `index.html`'s `<noscript>`: the guides' start pages go here. */
export const guideStartsMark = '<!--guide-starts-->';
/** The build's own loading tags, replaced by the inline stylesheet and the page loader. */
const buildLoadingTags = [
  /<script type="module"[^>]*><\/script>\s*/g,
  /<link rel="(?:modulepreload|preload|stylesheet)"[^>]*>\s*/g,
];

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Links to guides' start pages, for `<noscript>`. */
export function guideStartLinks(starts: readonly GuideStart[]): string {
  return starts
    .map(
      (s) =>
        `<a class="underline" href="${escapeAttribute(s.pathname)}">${escapeText(s.title)}</a>`,
    )
    .join(', ');
}

/** The SPA shell (`index.html`, built) with every guide's start page in its `<noscript>`. */
export function shellDocument(template: string, starts: readonly GuideStart[]): string {
  if (!template.includes(guideStartsMark)) throw new Error(`index.html has no ${guideStartsMark}`);
  return template.replace(guideStartsMark, () => guideStartLinks(starts));
}

/**
 * The built `index.html` turned into one step's static page: its screen in the root, its title
 * and description, its guide's start page for a reader without JavaScript, the stylesheet inline, the head guard, and at the end of the body the loader that fetches the
 * app after the first paint. Text is inserted with function replacements, so nothing in it is
 * read as a `$&`-style pattern.
 */
export function prerenderedDocument(
  template: string,
  page: PrerenderedPage,
  assets: PageAssets,
): string {
  for (const [what, found] of [
    [emptyRoot, template.includes(emptyRoot)],
    [bodyEnd, template.includes(bodyEnd)],
    ['<title>', titleTag.test(template)],
    ['<meta name="description">', descriptionTag.test(template)],
    [guideStartsMark, template.includes(guideStartsMark)],
  ] as const) {
    if (!found) throw new Error(`index.html has no ${what}`);
  }
  const stripped = buildLoadingTags.reduce((html, tag) => html.replace(tag, ''), template);
  return stripped
    .replace(titleTag, () =>
      [
        headMarkup(page.pathname, assets.css, page.shownWithAnswers),
        `<title>${escapeText(page.title)}</title>`,
      ].join('\n    '),
    )
    .replace(
      descriptionTag,
      () => `<meta name="description" content="${escapeAttribute(page.description)}" />`,
    )
    .replace(guideStartsMark, () => guideStartLinks([page.guideStart]))
    .replace(
      bodyEnd,
      () => `  ${loaderMarkup(assets.loader, assets.entry, assets.preloads)}\n  ${bodyEnd}`,
    )
    .replace(emptyRoot, () => `<div id="root">${page.html}</div>`);
}
