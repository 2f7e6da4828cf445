/**
 * The text a reader sees in a rendered content page (React's static markup), as blocks: one per
 * paragraph, list item, heading or cell, and one per line of a code block. Buttons and
 * screen-reader-only text (a Copy button, "opens in a new tab") are not the page's content and
 * are left out. Built for markup React renders, which is well formed and escaped.
 */

const blockTags = new Set([
  'p',
  'li',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'div',
  'section',
  'aside',
  'blockquote',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'td',
  'th',
  'figcaption',
]);
const voidTags = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'wbr',
]);
const skippedTags = new Set(['button', 'script', 'style', 'svg', 'template', 'noscript']);

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

const markup =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;

function isScreenReaderOnly(attributes: string): boolean {
  const className = /\bclass="([^"]*)"/.exec(attributes)?.[1] ?? '';
  return className.split(/\s+/).includes('sr-only');
}

export function htmlToBlocks(html: string): string[] {
  const blocks: string[] = [];
  /** Open elements: tag name, and whether their content is left out. */
  const open: { tag: string; skip: boolean }[] = [];
  let buffer = '';
  let inPre = 0;

  const flush = () => {
    const lines = inPre > 0 ? buffer.split('\n') : [buffer];
    for (const line of lines) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
    }
    buffer = '';
  };
  const skipping = () => open.some((e) => e.skip);

  for (const match of html.matchAll(markup)) {
    const [, closing, rawTag, attributes = '', text] = match;
    if (text !== undefined) {
      if (!skipping()) buffer += decodeEntities(text);
      continue;
    }
    if (!rawTag) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = open.map((e) => e.tag).lastIndexOf(tag);
      if (at === -1) continue;
      if (!skipping() && blockTags.has(tag)) flush();
      if (tag === 'pre') inPre = Math.max(0, inPre - 1);
      open.length = at;
      continue;
    }
    if (tag === 'br') {
      if (!skipping()) buffer += inPre > 0 ? '\n' : ' ';
      continue;
    }
    if (voidTags.has(tag) || attributes.trimEnd().endsWith('/')) continue;
    if (!skipping() && blockTags.has(tag)) flush();
    if (tag === 'pre') inPre += 1;
    open.push({ tag, skip: skippedTags.has(tag) || isScreenReaderOnly(attributes) });
  }
  flush();
  return blocks;
}
