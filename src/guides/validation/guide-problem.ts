/** One thing wrong in a guide's folder, said where its author will look for it. */
export interface Problem {
  /** The file, relative to the guide's folder: `guide.md`, `pages/reboot.mdx`. */
  file: string;
  /** Where in the file, when known (1-based). */
  line?: number;
  column?: number;
  /** The step the problem is about, if it is about one. */
  step?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it, when there is more to say than the message does. */
  fix?: string;
}

export interface GuideProblem extends Problem {
  /** The guide's id (its folder's name). */
  guide: string;
  /** The guide's folder from the repository's root: `content/<guide-id>`. */
  folder: string;
}

/**
 * `<folder>/<file>:<line>:<column>: <message> — <fix>`, one line (the line and column when
 * known, else `step <id>` when the problem is about one): editors and terminals open the file
 * there.
 */
export function formatProblem(problem: GuideProblem): string {
  const where = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
  const step =
    problem.line === undefined && problem.step !== undefined ? ` step ${problem.step}` : '';
  const fix = problem.fix ? ` — ${problem.fix}` : '';
  return `${problem.folder}/${problem.file}${where}${step}: ${problem.message}${fix}`;
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
