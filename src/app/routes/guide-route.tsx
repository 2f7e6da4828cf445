import { use, useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { browserStorage, rememberGuideUsed } from '../../features/guide-library/recent-guides';
import { BadLinkPanel } from '../../features/guide/components/bad-link-panel';
import { UnknownStepPanel } from '../../features/guide/components/unknown-step-panel';
import { loadStepContent } from '../../features/guide/content/step-content';
import { resolveStep } from '../../features/guide/links/resolve-step';
import { stepPathBelow } from '../../guides/guide-pathname';
import { guideRegistry } from '../../guides/guide-registry';
import { useDocumentTitle } from '../use-document-title';
import { GuideStepPage } from './guide-step-page';

/**
 * Every URL of one guide: the guide is loaded (its own chunk), the URL resolved to a view of it
 * (pure), and the step's content loaded before it shows. A prefetched step renders at once;
 * otherwise the previous screen stays until the content arrives (navigations are transitions),
 * so nothing jumps.
 */
export function GuideRoute({ guideId }: { guideId: string }) {
  const { pathname, search, key } = useLocation();
  // Loaded once per navigation at most: a failed load shows its error (the route's error
  // element), and is tried again only by another navigation or a Retry (a new location key).
  const guide = use(guideRegistry.loadGuide(guideId, key));
  useEffect(() => {
    const storage = browserStorage();
    if (storage) rememberGuideUsed(storage, guideId);
  }, [guideId]);
  const view = useMemo(() => {
    // Read as the host read it (an encoded slash, `…/index.html`), so the app shows what it served.
    const stepPath = stepPathBelow(guide.manifest.basePath, pathname) ?? pathname;
    return resolveStep(guide, stepPath, search);
  }, [guide, pathname, search]);
  if (view.status === 'step') use(loadStepContent(guideId, view.step.id, key));
  useDocumentTitle(
    view.status === 'step'
      ? view.step.title
      : view.status === 'bad-link'
        ? 'This link can’t be opened as it is'
        : 'No such step',
    guide.manifest.title,
  );
  if (view.status === 'unknown-step') {
    return <UnknownStepPanel guide={guide} suggestions={view.suggestions} search={search} />;
  }
  if (view.status === 'bad-link') return <BadLinkPanel view={view} />;
  return <GuideStepPage view={view} />;
}
