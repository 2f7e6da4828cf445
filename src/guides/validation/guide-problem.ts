/** One thing wrong in a guide's folder, said where its author will look for it. */
export interface Problem {
  /** The file, relative to the guide's folder: `machine.ts`, `pages/reboot.mdx`. */
  file: string;
  /** The step the problem is about, if it is about one. */
  step?: string;
  message: string;
}

export interface GuideProblem extends Problem {
  /** The guide's id (its folder's name). */
  guide: string;
  /** The guide's folder from the repository's root: `content/<guide-id>`. */
  folder: string;
}

/** `<guide> <folder>/<file> step <id>: <message>`, one line. */
export function formatProblem(problem: GuideProblem): string {
  const step = problem.step === undefined ? '' : ` step ${problem.step}`;
  return `${problem.guide} ${problem.folder}/${problem.file}${step}: ${problem.message}`;
}

/** The files a guide's parts live in, relative to its folder. */
export const guideFiles = {
  manifest: 'guide.ts',
  definition: 'index.ts',
  machine: 'machine.ts',
  facts: 'facts.ts',
  tsg: 'tsg.txt',
  signatures: 'signatures.ts',
  page: (id: string) => `pages/${id}.mdx`,
} as const;
