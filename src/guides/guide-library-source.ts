import { fixtureBundles, guideBundles } from 'virtual:guide-bundles';
import {
  cardsFileName,
  guideAddress,
  guideCard,
  libraryFileName,
  type CardsFile,
  type GuideAddress,
  type GuideBundle,
  type GuideCard,
  type LibraryFile,
} from './guide-bundle';

/** A guide of the library, before it is opened: where it is, and its bundle (its own chunk). */
export interface LibraryGuide extends GuideAddress {
  bundle: () => Promise<GuideBundle>;
}

export interface LibrarySource {
  /** Every guide's address and bundle: what the app loads as it starts. */
  guides(): Promise<LibraryGuide[]>;
  /** Every guide's card: what the home page and the search page show. */
  cards(): Promise<GuideCard[]>;
}

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(`/${file}`);
  if (!response.ok) throw new Error(`/${file}: the server answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The guides this build has. In the browser, `/guides.json` (each guide's address and the URL of
 * its bundle: every page preloads it, a few dozen bytes a guide) and, for the lists only,
 * `/guide-cards.json`; so a page pays for the one guide it opens. At build time and in unit
 * tests, every bundle, imported by name (the fixture guides too in the test build, or when
 * `withFixtures`).
 */
export function librarySource(
  withFixtures = import.meta.env.VITE_FIXTURE_GUIDES === 'true',
): LibrarySource {
  if (guideBundles) {
    const bundles = Object.entries({
      ...guideBundles,
      ...(withFixtures ? fixtureBundles : {}),
    });
    const manifests = () =>
      Promise.all(
        bundles.map(async ([folder, load]) => [folder, (await load()).manifest] as const),
      );
    return {
      guides: async () =>
        (await manifests()).map(([folder, manifest], i) => ({
          ...guideAddress(manifest, folder),
          bundle: bundles[i]![1],
        })),
      cards: async () => (await manifests()).map(([, manifest]) => guideCard(manifest)),
    };
  }
  return {
    guides: async () =>
      (await fetchJson<LibraryFile>(libraryFileName)).guides.map(({ bundle, ...address }) => ({
        ...address,
        bundle: () => import(/* @vite-ignore */ bundle) as Promise<GuideBundle>,
      })),
    cards: async () => (await fetchJson<CardsFile>(cardsFileName)).cards,
  };
}
