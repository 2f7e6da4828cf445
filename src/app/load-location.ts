import { loadedStepContent, loadStepContent } from '../features/guide/content/step-content';
import { resolveStep } from '../features/guide/links/resolve-step';
import { guideRegistry } from '../guides/guide-registry';

/**
 * The chunks a URL needs before its screen can show: the guide it is in (its own chunk) and,
 * when it opens a step, that step's page. `attempt` names the attempt (see `createLoadCache`).
 * Resolves when all are loaded; rejects with the first failure (a `LoadError`).
 */
export async function loadLocation(pathname: string, search: string, attempt?: string) {
  const found = guideRegistry.guideForPathname(pathname);
  if (!found) return;
  const guide = await guideRegistry.loadGuide(found.entry.manifest.id, attempt);
  const view = resolveStep(guide, found.rest, search);
  if (view.status === 'step') await loadStepContent(guide.manifest.id, view.step.id, attempt);
}

/** Whether a URL's screen can show at once: what it needs is loaded (cheap, synchronous). */
export function isLocationLoaded(pathname: string): boolean {
  const found = guideRegistry.guideForPathname(pathname);
  if (!found) return true;
  const guide = guideRegistry.loadedGuide(found.entry.manifest.id);
  if (!guide) return false;
  const step = guide.stepByPath(found.rest);
  return !step || loadedStepContent(guide.manifest.id, step.id) !== undefined;
}
