/**
 * Markup read as a reader sees it: what the fact check and the content checks compare. Made for
 * the HTML React renders (`renderToString`), not for any HTML.
 */

/** Elements that start a new line on screen: their tags read as a space, others as nothing. */
const blockTags = new Set(
  [
    'address article aside blockquote br dd details div dl dt fieldset figcaption figure footer',
    'form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p pre section summary table tbody td',
    'tfoot th thead tr ul',
  ]
    .join(' ')
    .split(' '),
);

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

/** Runs of white space (line breaks, non-breaking spaces) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of some markup: tags stripped, entities decoded, white space collapsed. */
export function htmlText(html: string): string {
  const stripped = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) =>
      blockTags.has(name.toLowerCase()) ? ' ' : '',
    );
  return collapseWhitespace(decodeEntities(stripped));
}

/**
 * The markup without what only screen readers get (`sr-only`: a link's "(opens in a new tab)"):
 * a fact that ends with punctuation right after a link reads as it does on screen.
 */
export function withoutHiddenText(html: string): string {
  return html.replace(/<span class="sr-only">[^<]*<\/span>/g, '');
}

/** The `href` of every link, decoded, in document order. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) =>
    decodeEntities(m[1] ?? m[2] ?? ''),
  );
}

/** The text of every heading of a level, in document order. */
export function headingsIn(html: string, level: 1 | 2 | 3 | 4 | 5 | 6): string[] {
  const pattern = new RegExp(`<h${level}\\b[^>]*>([\\s\\S]*?)</h${level}\\s*>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => htmlText(m[1] ?? ''));
}
