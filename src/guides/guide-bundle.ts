import type { MDXContent } from 'mdx/types';
import type { GuideDefinition, GuideManifest, GuideSearchTerms } from '../machine/guide-definition';
import type { GuideSignatures } from '../machine/guide-signatures';
import type { Glossary, PracticeCase, WhyWeAsk } from '../machine/guide-training';

/**
 * One guide as the app loads it: its bundle, a small module made from its folder
 * (`src/guides/format/guide-bundles-plugin.ts`), holding its manifest and a loader for each of
 * its parts, each its own chunk, loaded where it is used. A part the guide has not is `undefined`.
 */
export interface GuideBundle {
  manifest: GuideManifest;
  /** The machine and what the guide explains on its screens. */
  definition: () => Promise<GuideDefinition>;
  /** Step id → its compiled page (`pages/<step id>.mdx`). */
  pages: Readonly<Record<string, () => Promise<MDXContent>>>;
  /** Step id → its page's MDX source (read by the case note's checklists). */
  pageSources: Readonly<Record<string, () => Promise<string>>>;
  whyWeAsk?: () => Promise<WhyWeAsk>;
  glossary?: () => Promise<Glossary>;
  practiceCases?: () => Promise<readonly PracticeCase[]>;
  /** Read when the search index is built. */
  searchTerms?: () => Promise<GuideSearchTerms>;
  /** The log analyzer's. */
  signatures?: () => Promise<GuideSignatures>;
  /**
   * The modules of the bundle and its parts as the build's manifest keys them
   * (`content/x/guide.md?definition`): which files a prerendered page preloads.
   */
  files: {
    bundle: string;
    definition: string;
    whyWeAsk?: string;
    glossary?: string;
    practiceCases?: string;
    pages: Readonly<Record<string, string>>;
  };
}

/**
 * What the home page and the search show of a guide before it is opened (`guide-cards.json`,
 * loaded by them only).
 */
export type GuideCard = Pick<
  GuideManifest,
  | 'id'
  | 'basePath'
  | 'title'
  | 'summary'
  | 'service'
  | 'version'
  | 'errors'
  | 'articleId'
  | 'words'
  | 'testFixture'
>;

export function guideCard(manifest: GuideManifest): GuideCard {
  const { id, basePath, title, summary, service, version, errors, articleId, words } = manifest;
  const { testFixture } = manifest;
  return {
    id,
    basePath,
    title,
    summary,
    service,
    version,
    errors,
    articleId,
    words,
    testFixture,
  };
}

/** A guide's bundle module, in its folder (made by the build, never a file on disk). */
export const guideBundleFile = 'guide-bundle.virtual.js';

/**
 * Where a guide is: what the app needs to find a guide from a URL, small enough that every page
 * loads it for every guide (`guides.json`).
 */
export interface GuideAddress {
  id: string;
  /** Its base URL path (`/extension-failures`). */
  basePath: string;
  /** Its folder from the root (`/content/extension-failures`). */
  folder: string;
  /** The guide that owns the case sessions saved before sessions recorded their guide. */
  ownsUnlabelledSessions?: true;
}

export function guideAddress(manifest: GuideManifest, folder: string): GuideAddress {
  return {
    id: manifest.id,
    basePath: manifest.basePath,
    folder,
    ...(manifest.ownsUnlabelledSessions ? { ownsUnlabelledSessions: true } : {}),
  };
}

/** The site's list of guides, at its root: fetched once by the app as it starts. */
export const libraryFileName = 'guides.json';
/** The guides' cards, fetched by the home page and the search page only. */
export const cardsFileName = 'guide-cards.json';

/** `guides.json`: each guide's address and the URL of its bundle's module. */
export interface LibraryFile {
  guides: (GuideAddress & { bundle: string })[];
}

/** `guide-cards.json`. */
export interface CardsFile {
  cards: GuideCard[];
}

/** `guides.json` and `guide-cards.json`'s contents. */
export function libraryFiles(
  guides: readonly { manifest: GuideManifest; folder: string; bundle: string }[],
): { library: string; cards: string } {
  const library: LibraryFile = {
    guides: guides.map(({ manifest, folder, bundle }) => ({
      ...guideAddress(manifest, folder),
      bundle,
    })),
  };
  const cards: CardsFile = { cards: guides.map(({ manifest }) => guideCard(manifest)) };
  return { library: JSON.stringify(library), cards: JSON.stringify(cards) };
}
