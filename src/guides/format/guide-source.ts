/**
 * A guide folder's text files, as the compiler reads them: paths relative to the folder
 * (`guide.md`, `pages/reboot.mdx`, `decisions/matching-cause.md`, `glossary.yml`).
 */
export interface GuideSourceFiles {
  /** The folder from the repository's root: `content/extension-failures`. */
  folder: string;
  files: Readonly<Record<string, string>>;
  /**
   * The guide's named predicates (`predicates.ts`) and the steps each reads, when known. Unknown
   * (`undefined`) while the file is not loaded: a name then passes as a predicate, checked later.
   */
  predicates?: Readonly<Record<string, { reads: readonly string[] }>>;
  /** Whether the folder has a `predicates.ts`. */
  hasPredicates?: boolean;
}

/** The files of a guide written in Markdown, relative to its folder. */
export const markdownGuideFiles = {
  manifest: 'guide.md',
  tsg: 'tsg.txt',
  page: (id: string) => `pages/${id}.mdx`,
  decision: (id: string) => `decisions/${id}.md`,
  predicates: 'predicates.ts',
  glossary: 'glossary.yml',
  searchTerms: 'search-terms.yml',
  practiceCases: 'practice-cases.yml',
  signatures: 'signatures.yml',
  scenarios: 'scenarios.yml',
  machine: 'generated/machine.json',
  graph: 'generated/flow.md',
} as const;

/** Whether a folder's files are a guide written in Markdown. */
export const isMarkdownGuide = (files: readonly string[]) =>
  files.includes(markdownGuideFiles.manifest);

/** What `npm run new-guide` leaves for the author: `check:guides` lists every value starting so. */
export const todo = 'TODO';
