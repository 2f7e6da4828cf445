import { createLoadCache, markSettled } from '../lib/load-cache';
import type { GuideDefinition } from '../machine/guide-definition';
import { createGuideModel, type GuideModel } from '../machine/guide-model';
import type { GuideAddress, GuideBundle, GuideCard } from './guide-bundle';
import { librarySource, type LibraryGuide, type LibrarySource } from './guide-library-source';
import { findGuideBase } from './guide-pathname';

/**
 * The guides this build has (`guide-library-source.ts`): where each is, loaded once as the app
 * starts (`ready`); their cards when a list asks for them; a guide's bundle and machine when it
 * is first opened. Each cached.
 */

export type GuideEntry = GuideAddress;

export interface GuideRegistry {
  /**
   * Loads the list of guides, once (the same promise every time): the lists and lookups below
   * are empty until it has. It rejects when the list cannot be loaded (`failure` says why).
   */
  ready(): Promise<void>;
  /** Why the list of guides could not be loaded, if its last load failed. */
  failure(): unknown;
  /** Every guide, by id. */
  readonly guides: readonly GuideEntry[];
  /**
   * Every guide's card, by title (its own file, loaded once), marked settled for React's `use`;
   * rejects when it cannot be loaded.
   */
  loadCards(): Promise<readonly GuideCard[]>;
  /** Every guide's card, if they have loaded. */
  loadedCards(): readonly GuideCard[] | undefined;
  guideById(id: string): GuideEntry | undefined;
  /**
   * The guide a URL path is in, and the step path below its base (`''` for the base), the path
   * read as a static host reads it (see `stepPathBelow`).
   */
  guideForPathname(pathname: string): { entry: GuideEntry; rest: string } | undefined;
  /** The guide's bundle (its own chunk): its manifest and its parts' loaders. */
  loadBundle(id: string, attempt?: string): Promise<GuideBundle>;
  /** The guide's bundle, if it has already loaded. */
  loadedBundle(id: string): GuideBundle | undefined;
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

export function createGuideRegistry(source: LibrarySource): GuideRegistry {
  let guides: LibraryGuide[] = [];
  let byId = new Map<string, LibraryGuide>();
  let cards: Promise<readonly GuideCard[]> | undefined;
  let loadedCards: readonly GuideCard[] | undefined;
  let failure: unknown;
  let ready: Promise<void> | undefined;
  const bundles = createLoadCache<GuideBundle>();
  const models = createLoadCache<GuideModel>();
  const replaced = new Map<string, GuideDefinition>();

  const registry: GuideRegistry = {
    ready() {
      ready ??= source.guides().then(
        (library) => {
          failure = undefined;
          guides = [...library].sort((a, b) => a.id.localeCompare(b.id));
          byId = new Map(guides.map((g) => [g.id, g]));
        },
        (error: unknown) => {
          failure = error;
          // Tried again by the next caller (a Retry, a navigation).
          ready = undefined;
          throw error;
        },
      );
      return ready;
    },
    failure: () => failure,
    get guides() {
      return guides;
    },
    loadCards() {
      if (!cards) {
        const loading = source.cards().then((list) => {
          loadedCards = [...list].sort((a, b) => a.title.localeCompare(b.title));
          return loadedCards;
        });
        loading.catch(() => {
          if (cards === loading) cards = undefined;
        });
        cards = markSettled(loading);
      }
      return cards;
    },
    loadedCards: () => loadedCards,
    guideById: (id) => byId.get(id),
    guideForPathname(pathname) {
      const found = findGuideBase(
        guides.map((g) => g.basePath),
        pathname,
      );
      const entry = found && guides.find((g) => g.basePath === found.basePath);
      return entry && found ? { entry, rest: found.rest } : undefined;
    },
    loadBundle(id, attempt) {
      return bundles.load(
        id,
        async () => {
          await registry.ready();
          const entry = byId.get(id);
          if (!entry) throw new Error(`No guide ${id}`);
          return entry.bundle();
        },
        `the guide ${id}`,
        attempt,
      );
    },
    loadedBundle: (id) => bundles.loaded(id),
    loadGuide(id, attempt) {
      return models.load(
        id,
        async () => {
          const bundle = await registry.loadBundle(id, attempt);
          const definition = replaced.get(id) ?? (await bundle.definition());
          return createGuideModel(bundle.manifest, definition);
        },
        `the guide ${id}`,
        attempt,
      );
    },
    loadedGuide: (id) => models.loaded(id),
    replaceDefinition(id, definition) {
      replaced.set(id, definition);
      models.forget(id);
    },
  };
  return registry;
}

/** This build's guides. */
export const guideRegistry: GuideRegistry = createGuideRegistry(librarySource());
