import { loadedStepContent, loadStepContent } from '../features/guide/content/step-content';
import { resolveStep } from '../features/guide/links/resolve-step';
import { analyzerSegment } from '../features/analyzer/analyzer-links';
import { guideRegistry } from '../guides/guide-registry';
import { guideSignatures } from '../guides/signature-source';
import { isAnalyzerRouteLoaded, loadAnalyzerRoute } from './routes/analyzer-route-loader';
import { areStepAidsLoaded, loadStepAids } from './routes/step-aids';
import {
  loadedTrainingPages,
  loadTrainingPages,
  trainingRouteOf,
} from './routes/training-pages-loader';

/** Training pages whose code and data have loaded, by `pathname?search`. */
const trainingPagesLoaded = new Set<string>();

/**
 * The chunks a URL needs before its screen can show: the guide it is in (its own chunk) and,
 * when it opens a step, that step's page and the guide's step aids (glossary terms, "Why we ask
 * this"); when it opens a training page, that page's code and data; when it opens the log
 * analyzer, its code and the guide's signatures. `attempt` names the attempt
 * (see `createLoadCache`). Resolves when all are loaded; rejects with the first failure (a
 * `LoadError`); failed step aids only leave the terms as plain text.
 */
export async function loadLocation(pathname: string, search: string, attempt?: string) {
  const found = guideRegistry.guideForPathname(pathname);
  if (!found) return;
  const guideId = found.entry.id;
  if (found.rest === analyzerSegment) {
    await Promise.all([
      guideRegistry.loadGuide(guideId, attempt),
      guideSignatures.load(guideId, attempt),
      loadAnalyzerRoute(attempt),
    ]);
    return;
  }
  const training = trainingRouteOf(found.rest);
  if (training) {
    const [guide, pages] = await Promise.all([
      guideRegistry.loadGuide(guideId, attempt),
      loadTrainingPages(attempt),
    ]);
    await pages.preloadTrainingPage(guide, training.kind, { ...training, search, attempt });
    trainingPagesLoaded.add(`${pathname}?${search}`);
    return;
  }
  const aids = loadStepAids(guideId, attempt);
  const guide = await guideRegistry.loadGuide(guideId, attempt);
  const view = resolveStep(guide, found.rest, search);
  if (view.status === 'step') await loadStepContent(guideId, view.step.id, attempt);
  await aids;
}

/** Whether a URL's screen can show at once: what it needs is loaded (cheap, synchronous). */
export function isLocationLoaded(pathname: string, search = ''): boolean {
  const found = guideRegistry.guideForPathname(pathname);
  if (!found) return true;
  const guideId = found.entry.id;
  const guide = guideRegistry.loadedGuide(guideId);
  if (!guide) return false;
  if (found.rest === analyzerSegment) {
    return (
      isAnalyzerRouteLoaded() &&
      (!guideSignatures.has(guideId) || guideSignatures.loaded(guideId) !== undefined)
    );
  }
  if (trainingRouteOf(found.rest)) {
    return loadedTrainingPages() !== undefined && trainingPagesLoaded.has(`${pathname}?${search}`);
  }
  const step = guide.stepByPath(found.rest);
  return !step || (loadedStepContent(guideId, step.id) !== undefined && areStepAidsLoaded(guideId));
}
