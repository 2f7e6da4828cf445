/**
 * A TSG as received: one card, or several, each a `<properties … />` block and the Markdown that
 * follows it. The guide's manifest reads the properties from here (never retyped), and
 * `npm run new-guide` starts a guide from the cards.
 */

export interface TsgCard {
  /** The `<properties>` attributes, verbatim, in their order. */
  properties: Readonly<Record<string, string>>;
  /** The card's first heading (`# …`), else its `pageTitle`. */
  title: string;
  /** The card's Markdown after its properties. */
  body: string;
  /** The line its `<properties` starts on (1-based). */
  line: number;
}

const propertiesBlock = /<properties\b([\s\S]*?)\/?>/g;
const attribute = /([A-Za-z_][\w.:-]*)\s*=\s*"([^"]*)"/g;

export function readTsgCards(text: string): TsgCard[] {
  const blocks = [...text.matchAll(propertiesBlock)];
  return blocks.map((block, i) => {
    const properties = Object.fromEntries(
      [...block[1]!.matchAll(attribute)].map((a) => [a[1]!, a[2]!]),
    );
    const start = block.index + block[0].length;
    const body = text.slice(start, blocks[i + 1]?.index ?? text.length).replace(/^\s*\n/, '');
    const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
    return {
      properties,
      title: (heading ?? properties.pageTitle ?? `Card ${i + 1}`).replace(/\s+/g, ' ').trim(),
      body,
      line: text.slice(0, block.index).split('\n').length,
    };
  });
}
