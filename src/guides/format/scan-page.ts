import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from './yaml-source.ts';

/**
 * What the checks need from a page's Markdown, read from its syntax tree (MDX, with GFM tables
 * and the front matter), each with where it stands in the file.
 */
export interface PageScan {
  /** `<Term>…</Term>`: the term it names (its `name`, else its text). */
  terms: readonly ({ term: string } & Position)[];
  /** `<Fact>…</Fact>`: the TSG's words marked where they stand. */
  facts: readonly ({ text: string } & Position)[];
  /** A paragraph with a line like a table row (`| a | b |`): a table that did not parse. */
  brokenTables: readonly Position[];
  /** Level-1 headings (`# …`): the step's title is the page's only one. */
  h1s: readonly ({ text: string } & Position)[];
  /** Every link's target. */
  links: readonly ({ href: string } & Position)[];
  /** Why the page could not be read at all (MDX syntax). */
  error?: { message: string } & Position;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

const start = (node: Nodes): Position => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

export function scanPage(text: string): PageScan {
  let tree: Root;
  try {
    tree = parser.parse(text);
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: Position } }).place;
    const at = place && 'start' in place && place.start ? place.start : place;
    return {
      terms: [],
      facts: [],
      brokenTables: [],
      h1s: [],
      links: [],
      error: {
        message: (error as Error).message,
        line: at?.line ?? 1,
        column: at?.column ?? 1,
      },
    };
  }
  const scan = {
    terms: [] as ({ term: string } & Position)[],
    facts: [] as ({ text: string } & Position)[],
    brokenTables: [] as Position[],
    h1s: [] as ({ text: string } & Position)[],
    links: [] as ({ href: string } & Position)[],
  };
  const visit = (node: Nodes) => {
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      if (node.name === 'Term') {
        const name = node.attributes.find(
          (a) => a.type === 'mdxJsxAttribute' && a.name === 'name',
        )?.value;
        const term = typeof name === 'string' ? name : textOf(node).trim();
        scan.terms.push({ term, ...start(node) });
      } else if (node.name === 'Fact') {
        scan.facts.push({ text: textOf(node), ...start(node) });
      }
    } else if (node.type === 'heading' && node.depth === 1) {
      scan.h1s.push({ text: textOf(node).trim(), ...start(node) });
    } else if (node.type === 'link') {
      scan.links.push({ href: node.url, ...start(node) });
    } else if (node.type === 'paragraph') {
      const row = textOf(node)
        .split('\n')
        .findIndex((line) => /^\s*\|.*\|.*\|\s*$/.test(line));
      if (row !== -1) scan.brokenTables.push({ line: start(node).line + row, column: 1 });
    }
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  return scan;
}
