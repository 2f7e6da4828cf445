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

/** What the app knows of a guide before it is opened: enough to list it and find its pages. */
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
  | 'ownsUnlabelledSessions'
  | 'testFixture'
>;

export function guideCard(manifest: GuideManifest): GuideCard {
  const { id, basePath, title, summary, service, version, errors, articleId, words } = manifest;
  const { ownsUnlabelledSessions, testFixture } = manifest;
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
    ownsUnlabelledSessions,
    testFixture,
  };
}

/** A guide's bundle module, in its folder (made by the build, never a file on disk). */
export const guideBundleFile = 'guide-bundle.virtual.js';

/** The site's list of guides, at its root: fetched once by the app as it starts. */
export const libraryFileName = 'guides.json';

/** One guide in `guides.json`. */
export interface LibraryFileEntry {
  card: GuideCard;
  /** The guide's folder from the root (`/content/x`). */
  folder: string;
  /** The URL of its bundle's module. */
  bundle: string;
}

/** `guides.json`'s content. */
export function libraryFileJson(guides: readonly LibraryFileEntry[]): string {
  return JSON.stringify({ guides });
}
