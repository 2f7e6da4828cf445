import { guideRegistry } from '../../../guides/guide-registry';
import { parseChecklistCatalog, type ChecklistCatalog } from './checklist-catalog';

/** A guide's checklists, read from its pages' sources, loaded only when first asked for. */
const catalogs = new Map<string, Promise<ChecklistCatalog>>();

export function loadChecklistCatalog(guideId: string): Promise<ChecklistCatalog> {
  const known = catalogs.get(guideId);
  if (known) return known;
  const catalog = guideRegistry
    .loadBundle(guideId)
    .then(({ pageSources }) =>
      Promise.all(
        Object.entries(pageSources).map(async ([id, load]) => [id, await load()] as const),
      ),
    )
    .then((entries) => parseChecklistCatalog(Object.fromEntries(entries)));
  catalog.catch(() => catalogs.delete(guideId));
  catalogs.set(guideId, catalog);
  return catalog;
}
