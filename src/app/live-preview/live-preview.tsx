import { createRoot } from 'react-dom/client';
import type { createBrowserRouter } from 'react-router';
import initialProblems from 'virtual:guide-problems';
import { guideRegistry } from '../../guides/guide-registry';
import type { GuideDefinition } from '../../machine/guide-definition';
import { GuideProblemsPanel } from './guide-problems-panel';

/**
 * `npm run dev` as a guide author's live preview (only in dev: `main.tsx` imports it behind
 * `import.meta.env.DEV`). Saving a page re-renders its content in place (React Fast Refresh);
 * saving what a page's front matter or a decision says recompiles the guide
 * (`src/guides/format/vite-plugin.ts`), and the open step is shown again from its URL, with the
 * answers already given, on the new machine. The guides' problems are listed on the page.
 */

declare global {
  var __guideUpdated: ((id: string, definition: GuideDefinition) => void) | undefined;
}

export function startLivePreview(router: ReturnType<typeof createBrowserRouter>) {
  globalThis.__guideUpdated = (id, definition) => {
    guideRegistry.replaceDefinition(id, definition);
    const { pathname, search, hash } = router.state.location;
    void router.navigate(
      { pathname, search, hash },
      { replace: true, preventScrollReset: true, state: router.state.location.state },
    );
  };
  const subscribe = (on: (folder: string, problems: readonly string[]) => void) => {
    const listener = (data: { folder: string; problems: readonly string[] }) =>
      on(data.folder, data.problems);
    import.meta.hot?.on('guide:problems', listener);
    return () => import.meta.hot?.off('guide:problems', listener);
  };
  const container = document.createElement('div');
  container.dataset.livePreview = '';
  document.body.append(container);
  createRoot(container).render(
    <GuideProblemsPanel initial={initialProblems} subscribe={subscribe} />,
  );
}
