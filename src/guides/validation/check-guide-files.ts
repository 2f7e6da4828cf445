import { guideFiles, type Problem } from './guide-problem';

const required = [
  [guideFiles.tsg, 'the source TSG as received, with its <properties> header'],
  [guideFiles.manifest, "exports `manifest`: the guide's metadata"],
  [guideFiles.definition, 'exports `definition`: the machine and notices (defineGuide)'],
  [guideFiles.facts, 'exports `facts`: the TSG words each step must show'],
] as const;

/** The files every guide's folder has. */
export function checkGuideFiles(files: readonly string[]): Problem[] {
  const present = new Set(files);
  const problems: Problem[] = required
    .filter(([file]) => !present.has(file))
    .map(([file, what]) => ({ file, message: `missing: the folder needs it (${what})` }));
  if (!files.some((f) => /^pages\/[^/]+\.mdx$/.test(f))) {
    problems.push({ file: 'pages/', message: 'no pages: one pages/<step id>.mdx per step' });
  }
  return problems;
}
