import { fixtureBundles, guideBundles } from 'virtual:guide-bundles';
import { guideCard, libraryFileName, type GuideBundle, type GuideCard } from './guide-bundle';

/** A guide of the library, before it is opened. */
export interface LibraryGuide {
  card: GuideCard;
  /** The guide's folder from the root: `/content/extension-failures`. */
  folder: string;
  /** Its bundle (its own chunk). */
  bundle: () => Promise<GuideBundle>;
}

/**
 * The guides this build has. In the browser, `/guides.json` (each guide's card and the URL of its
 * bundle: the page preloads it), so a page pays for the one guide it opens; at build time and in
 * unit tests, every bundle, imported by name (the fixture guides too in the test build, or when
 * `withFixtures`).
 */
export async function loadLibrary(
  withFixtures = import.meta.env.VITE_FIXTURE_GUIDES === 'true',
): Promise<LibraryGuide[]> {
  if (guideBundles) {
    const bundles = { ...guideBundles, ...(withFixtures ? fixtureBundles : {}) };
    return Promise.all(
      Object.entries(bundles).map(async ([folder, bundle]) => ({
        card: guideCard((await bundle()).manifest),
        folder,
        bundle,
      })),
    );
  }
  const response = await fetch(`/${libraryFileName}`);
  if (!response.ok) throw new Error(`/${libraryFileName}: ${response.status}`);
  const file = (await response.json()) as {
    guides: { card: GuideCard; folder: string; bundle: string }[];
  };
  return file.guides.map(({ card, folder, bundle }) => ({
    card,
    folder,
    bundle: () => import(/* @vite-ignore */ bundle) as Promise<GuideBundle>,
  }));
}
