/** One `<Checklist>` of a content page, as text. */
export interface ChecklistContent {
  /** The step whose content page holds the `<Checklist>`. */
  stepId: string;
  /** A short name for the list ("Remediation"). */
  title: string;
  /** Whether the page shows it numbered. */
  ordered: boolean;
  /** In page order; `id` is the 1-based index as a string, `text` plain text (no Markdown). */
  items: readonly { id: string; text: string }[];
}

/** Checklist id → its content. */
export type ChecklistCatalog = Readonly<Record<string, ChecklistContent>>;

/**
 * The checklists of the content pages, read from their MDX sources: one per `<Checklist id>`,
 * titled by the `##` heading above it (else "Checklist"), items numbered from 1 as the
 * Checklist component numbers them. Item texts are plain text (no markdown).
 */

/** Markdown inline text as plain text: emphasis markers and escapes gone, code kept verbatim. */
function plainText(markdown: string): string {
  return markdown
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part.slice(1, -1)
        : part
            .replace(/\*+/g, '')
            .replace(/(?<![\p{L}\p{N}\\])_|(?<=\S)_(?![\p{L}\p{N}])/gu, '')
            .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1'),
    )
    .join('')
    .trim();
}

/** `sources`: step id → the step's MDX source. */
export function parseChecklistCatalog(sources: Readonly<Record<string, string>>): ChecklistCatalog {
  const catalog: Record<string, ChecklistCatalog[string]> = {};
  for (const [stepId, source] of Object.entries(sources)) {
    const pattern = /<Checklist id="([^"]+)">([\s\S]*?)<\/Checklist>/g;
    for (const match of source.matchAll(pattern)) {
      const before = source.slice(0, match.index);
      const heading = [...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1];
      const lines = match[2]!.split('\n').filter((l) => /^(\d+\.|-) /.test(l));
      catalog[match[1]!] = {
        stepId,
        title: heading ? plainText(heading) : 'Checklist',
        ordered: /^\d+\./.test(lines[0] ?? ''),
        items: lines.map((l, i) => ({
          id: String(i + 1),
          text: plainText(l.replace(/^(\d+\.|-) /, '')),
        })),
      };
    }
  }
  return catalog;
}
