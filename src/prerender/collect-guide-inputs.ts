import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RouteObject } from 'react-router';
import { guideRegistry } from '../guides/guide-registry';
import { pageIdsIn } from '../guides/validation/check-pages';
import type { GuideInput, Rendered } from '../guides/validation/guide-input';
import type { GuideDefinition } from '../machine/guide-definition';
import { compileGuide } from '../guides/format/compile-guide';
import { isMarkdownGuide } from '../guides/format/guide-source';
import { guideFolders, readGuideFolder } from '../guides/format/read-guide-folder';
import { guideFacts } from './guide-facts';
import { renderPageContent } from './render-page-content';
import { renderStepPage } from './render-step-pages';

/**
 * What `npm run check:guides` validates, gathered from this build: every guide folder's files,
 * its manifest, machine and facts, each content page rendered alone, and each step's page
 * rendered as the prerender renders it. Nothing here judges: `validateGuides` does. A guide
 * that fails to load or render is recorded as such, and the others are still gathered.
 */

const withFixtures = import.meta.env.VITE_FIXTURE_GUIDES === 'true';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Every file under a folder, relative to it, `/`-separated. */
function filesIn(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesIn(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

async function rendered(render: () => Promise<string> | string): Promise<Rendered> {
  try {
    return { html: await render() };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

async function collectGuide(root: string, folder: string): Promise<GuideInput> {
  const key = `/${folder}`;
  const files = filesIn(join(root, folder));
  const entry = guideRegistry.guides.find((g) => g.folder === key);
  let bundle;
  try {
    bundle = entry && (await guideRegistry.loadBundle(entry.id));
  } catch (error) {
    return {
      folder,
      fixture: !folder.startsWith('content/'),
      files,
      facts: guideFacts[key],
      pageContent: {},
      stepPages: {},
      renderError: `the guide could not be loaded: ${messageOf(error)}`,
    };
  }
  const manifest = bundle?.manifest;
  const input: GuideInput = {
    folder,
    fixture: !folder.startsWith('content/'),
    files,
    manifest,
    facts: guideFacts[key],
    pageContent: {},
    stepPages: {},
    ...(isMarkdownGuide(files) ? { markdown: compileGuide(readGuideFolder(root, folder)) } : {}),
  };
  let definition: GuideDefinition | undefined;
  try {
    definition = await bundle?.definition();
  } catch (error) {
    return { ...input, renderError: `index.ts could not be loaded: ${messageOf(error)}` };
  }
  // A signatures file that fails to load is reported as exporting none.
  input.signatures = await bundle?.signatures?.().catch(() => undefined);
  if (!definition || !entry || !bundle) return { ...input, definition };

  let guide;
  try {
    guide = await guideRegistry.loadGuide(entry.id);
  } catch (error) {
    return { ...input, definition, renderError: messageOf(error) };
  }
  const pageContent: Record<string, Rendered> = {};
  for (const id of pageIdsIn(files)) {
    const load = bundle.pages[id];
    if (load) pageContent[id] = await rendered(async () => renderPageContent(guide, await load()));
  }
  const stepPages: Record<string, Rendered> = {};
  for (const step of guide.steps) {
    stepPages[step.id] = await rendered(
      async () => (await renderStepPage(entry, guide, step)).html,
    );
  }
  return { ...input, definition, pageContent, stepPages };
}

/** Every guide folder of this build (the fixtures too in the test build). */
export async function collectGuideInputs(root: string): Promise<GuideInput[]> {
  await guideRegistry.ready();
  const inputs: GuideInput[] = [];
  for (const folder of guideFolders(root, withFixtures)) {
    inputs.push(await collectGuide(root, folder));
  }
  return inputs;
}

/** The URL paths of the app's own pages in a route table (not its guides' `/*` routes). */
export function appPagePaths(routes: readonly RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const path =
      route.path === undefined
        ? parent
        : route.path.startsWith('/')
          ? route.path
          : `${parent.replace(/\/$/, '')}/${route.path}`;
    const own =
      route.index || (route.path !== undefined && !/[*:]/.test(route.path)) ? [path || '/'] : [];
    return [...own, ...appPagePaths(route.children ?? [], path)];
  });
}
