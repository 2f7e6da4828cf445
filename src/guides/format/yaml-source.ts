import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';

/**
 * YAML read with where each value stands, so a problem is said at `file:line:column`: a guide's
 * data files, and the front matter of its Markdown files (YAML between `---` lines at the top).
 */

export interface Position {
  line: number;
  column: number;
}

type Path = readonly PropertyKey[];

export interface YamlSource {
  /** The file, relative to the guide's folder. */
  file: string;
  /** What the YAML says (`undefined` when it says nothing). */
  value: unknown;
  /** YAML that could not be read. */
  errors: readonly { message: string; at: Position }[];
  /** Where the value at `path` stands (the nearest enclosing one that exists). */
  at(path: Path): Position;
  /** Every text value that starts with `prefix`, with its path and where it stands. */
  valuesStartingWith(prefix: string): { path: PropertyKey[]; value: string; at: Position }[];
  /** The source text of the value at `path` (`undefined` when it is not there). */
  raw(path: Path): string | undefined;
  /** Where the key `key` of the mapping at `path` stands. */
  keyAt(path: Path, key: string): Position;
  /**
   * Where a character of the string at `path` stands (`offset` into its value): exact in a
   * plain or quoted one-line scalar, else the scalar's start.
   */
  within(path: Path, offset: number): Position;
}

export function readYaml(file: string, text: string, firstLine = 1): YamlSource {
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const position = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const nodeAt = (path: Path): Node | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (node && typeof node === 'object' && 'range' in node && node.range) return node as Node;
    }
    return undefined;
  };
  const at = (path: Path) => position(nodeAt(path)?.range?.[0] ?? 0);
  return {
    file,
    value: doc.errors.length > 0 ? undefined : (doc.toJS() as unknown),
    errors: doc.errors.map((e) => ({ message: e.message.split('\n')[0]!, at: position(e.pos[0]) })),
    at,
    valuesStartingWith(prefix) {
      const found: { path: PropertyKey[]; value: string; at: Position }[] = [];
      visit(doc, {
        Scalar(_, node, ancestors) {
          if (typeof node.value !== 'string' || !node.value.startsWith(prefix) || !node.range)
            return;
          const parent = ancestors.at(-1);
          if (isPair(parent) && parent.key === node) return;
          const path = ancestors.flatMap((a, i) => {
            const child = ancestors[i + 1] ?? node;
            if (isPair(a)) return [];
            if (isMap(a)) {
              const pair = a.items.find((p) => p === child);
              return pair && isScalar(pair.key) ? [pair.key.value as PropertyKey] : [];
            }
            if (isSeq(a)) return [a.items.indexOf(child as never)];
            return [];
          });
          found.push({ path, value: node.value, at: position(node.range[0]) });
        },
      });
      return found;
    },
    raw(path) {
      const node = doc.getIn(path, true);
      return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
    },
    keyAt(path, key) {
      const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if (isMap(map)) {
        const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return position(keyNode.range[0]);
      }
      return at(path);
    },
    within(path, offset) {
      const node = doc.getIn(path, true);
      if (!isScalar(node) || !node.range) return at(path);
      const start = node.range[0];
      const raw = text.slice(start, node.range[1]);
      if (node.type === 'PLAIN' && !raw.includes('\n')) return position(start + offset);
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && !raw.includes('\n'))
        return position(start + 1 + offset);
      return position(start);
    },
  };
}

/** A Markdown file's front matter (`---` … `---` at its top) and its body. */
export interface MarkdownFile {
  /** `undefined` when the file has no front matter. */
  frontMatter?: YamlSource;
  body: string;
  /** The line the body starts on. */
  bodyLine: number;
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

export function readMarkdownFile(file: string, text: string): MarkdownFile {
  const match = text.startsWith('---') ? frontMatterPattern.exec(text) : null;
  if (!match || match.index !== 0) return { body: text, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return {
    frontMatter: readYaml(file, match[1]!, 2),
    body: text.slice(match[0].length),
    bodyLine,
  };
}
