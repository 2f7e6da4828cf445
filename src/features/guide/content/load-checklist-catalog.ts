import { guideRegistry } from '../../../guides/guide-registry';
import { guideSources } from '../../../guides/guide-sources';
import { parseChecklistCatalog, type ChecklistCatalog } from './checklist-catalog';

/** A guide's checklists, read from its pages' sources, loaded only when first asked for. */
const catalogs = new Map<string, Promise<ChecklistCatalog>>();

export function loadChecklistCatalog(guideId: string): Promise<ChecklistCatalog> {
  const known = catalogs.get(guideId);
  if (known) return known;
  const entry = guideRegistry.guideById(guideId);
  if (!entry) return Promise.reject(new Error(`No guide ${guideId}`));
  const prefix = `${entry.folder}/pages/`;
  const catalog = Promise.all(
    Object.entries(guideSources.pageSources)
      .filter(([file]) => file.startsWith(prefix))
      .map(
        async ([file, load]) => [file.slice(prefix.length, -'.mdx'.length), await load()] as const,
      ),
  ).then((entries) => parseChecklistCatalog(Object.fromEntries(entries)));
  catalog.catch(() => catalogs.delete(guideId));
  catalogs.set(guideId, catalog);
  return catalog;
}
