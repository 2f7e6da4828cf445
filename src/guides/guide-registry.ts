import { createLoadCache } from '../lib/load-cache';
import type { GuideDefinition, GuideManifest } from '../machine/guide-definition';
import { createGuideModel, type GuideModel } from '../machine/guide-model';
import { findGuideBase } from './guide-pathname';
import { guideSources, type GuideSources } from './guide-sources';

/**
 * The guides this build has, discovered at build time (`guide-sources.ts`). Manifests are always
 * here; a guide's machine is loaded when it is first opened, and cached.
 */

export interface GuideEntry {
  manifest: GuideManifest;
  /** The guide's folder, e.g. `/content/extension-failures`. */
  folder: string;
}

export interface GuideRegistry {
  /** Every guide, by title. */
  guides: readonly GuideEntry[];
  guideById(id: string): GuideEntry | undefined;
  /**
   * The guide a URL path is in, and the step path below its base (`''` for the base), the path
   * read as a static host reads it (see `stepPathBelow`).
   */
  guideForPathname(pathname: string): { entry: GuideEntry; rest: string } | undefined;
  /**
   * The guide's model (its own chunk), marked settled for React's `use`: the same promise every
   * time, a failed one too (it rejects with a `LoadError`), unless `attempt` names a new attempt
   * (see `createLoadCache`).
   */
  loadGuide(id: string, attempt?: string): Promise<GuideModel>;
  /** The guide's model, if it has already loaded. */
  loadedGuide(id: string): GuideModel | undefined;
  /**
   * The live preview (`npm run dev`): the guide's definition as just compiled from its saved
   * files, taken from the next load on.
   */
  replaceDefinition(id: string, definition: GuideDefinition): void;
}

export function createGuideRegistry(sources: GuideSources): GuideRegistry {
  const guides = Object.entries(sources.manifests)
    .map(([folder, manifest]) => ({ manifest, folder }))
    .sort((a, b) => a.manifest.title.localeCompare(b.manifest.title));
  const byId = new Map(guides.map((g) => [g.manifest.id, g]));
  const models = createLoadCache<GuideModel>();
  const replaced = new Map<string, GuideDefinition>();

  return {
    guides,
    guideById: (id) => byId.get(id),
    guideForPathname(pathname) {
      const found = findGuideBase(
        guides.map((g) => g.manifest.basePath),
        pathname,
      );
      const entry = found && guides.find((g) => g.manifest.basePath === found.basePath);
      return entry && found ? { entry, rest: found.rest } : undefined;
    },
    loadGuide(id, attempt) {
      const entry = byId.get(id);
      const load = entry ? sources.definitions[entry.folder] : undefined;
      if (!entry || !load) return Promise.reject(new Error(`No guide ${id}`));
      const definition = replaced.get(id);
      return models.load(
        id,
        () =>
          (definition ? Promise.resolve(definition) : load()).then((d) =>
            createGuideModel(entry.manifest, d),
          ),
        `the guide “${entry.manifest.title}”`,
        attempt,
      );
    },
    loadedGuide: (id) => models.loaded(id),
    replaceDefinition(id, definition) {
      replaced.set(id, definition);
      models.forget(id);
    },
  };
}

/** This build's guides. */
export const guideRegistry: GuideRegistry = createGuideRegistry(guideSources);
