import { createRoutes } from '../app/routes';
import { guideRegistry } from '../guides/guide-registry';
import { formatProblem } from '../guides/validation/guide-problem';
import { validateGuides } from '../guides/validation/validate-guides';
import { appPagePaths, collectGuideInputs } from './collect-guide-inputs';

/**
 * `npm run check:guides`'s server-side entry (`scripts/check-guides.mjs` builds it with Vite,
 * with the fixture guides): every guide of the build, gathered and validated.
 */
export async function checkGuides(root: string): Promise<{
  guides: readonly string[];
  steps: number;
  problems: readonly string[];
}> {
  await guideRegistry.ready();
  const inputs = await collectGuideInputs(root);
  const problems = validateGuides(inputs, { appPaths: appPagePaths(createRoutes()) });
  return {
    guides: inputs.map((i) => i.folder),
    steps: inputs.reduce((n, i) => n + Object.keys(i.stepPages).length, 0),
    problems: problems.map(formatProblem),
  };
}
