import type { ChecklistCatalog } from './case-note';
import { parseChecklistCatalog } from './checklist-catalog';

/** The content pages' sources, loaded only when a case note is first built. */
const sources = import.meta.glob<string>('../../../content/extension-failures/*.mdx', {
  query: '?raw',
  import: 'default',
});

let catalog: Promise<ChecklistCatalog> | undefined;

export function loadChecklistCatalog(): Promise<ChecklistCatalog> {
  catalog ??= Promise.all(
    Object.entries(sources).map(async ([file, load]) => {
      const id = file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length);
      return [id, await load()] as const;
    }),
  ).then((entries) => parseChecklistCatalog(Object.fromEntries(entries)));
  catalog.catch(() => (catalog = undefined));
  return catalog;
}
