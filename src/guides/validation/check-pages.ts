import { guideFiles, type Problem } from './guide-problem';

/** The page ids of a guide's files: `pages/<id>.mdx`. */
export function pageIdsIn(files: readonly string[]): string[] {
  return files.flatMap((f) => /^pages\/([^/]+)\.mdx$/.exec(f)?.[1] ?? []);
}

/** One page per step, named by its id, and no page without a step. */
export function checkPages(stepIds: readonly string[], pageIds: readonly string[]): Problem[] {
  const steps = new Set(stepIds);
  const pages = new Set(pageIds);
  return [
    ...stepIds
      .filter((id) => !pages.has(id))
      .map((id) => ({
        file: guideFiles.page(id),
        step: id,
        message: 'missing page: every step has its page, pages/<step id>.mdx',
      })),
    ...pageIds
      .filter((id) => !steps.has(id))
      .map((id) => ({
        file: guideFiles.page(id),
        message: `orphan page: no step has the id "${id}" (rename the page after its step, or remove it)`,
      })),
  ];
}
