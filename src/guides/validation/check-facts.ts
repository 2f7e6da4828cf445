import type { StepMeta } from '../../machine/step-meta';
import type { GuideFacts, Rendered } from './guide-input';
import { guideFiles, type Problem } from './guide-problem';
import { collapseWhitespace, headingsIn, htmlText, withoutHiddenText } from './html-text';

/**
 * The TSG's words on each step, as a reader sees its prerendered page (text only: tags
 * stripped, entities decoded, white space collapsed). Also checks that the page rendered is the
 * step's: its only `h1` is the step's title (not an error screen).
 */
export function checkFacts(
  steps: readonly StepMeta[],
  facts: GuideFacts,
  stepPages: Readonly<Record<string, Rendered>>,
  /** Steps whose page is missing: that is reported already, and they cannot render. */
  missingPages: ReadonlySet<string> = new Set(),
  /** Where a fact is written (a guide written in Markdown: in its page), when known. */
  locate?: (step: string, fact: string) => Pick<Problem, 'file' | 'line' | 'column'>,
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(steps.map((s) => s.id));
  for (const key of Object.keys(facts)) {
    if (!ids.has(key)) {
      problems.push({
        file: guideFiles.facts,
        message: `facts for "${key}", which is no step's id`,
      });
    }
  }
  for (const step of steps) {
    if (missingPages.has(step.id)) continue;
    const page = stepPages[step.id];
    if (!page) continue;
    if ('error' in page) {
      problems.push({
        file: guideFiles.page(step.id),
        step: step.id,
        message: `the step's page could not be rendered (its facts are not checked): ${page.error}`,
      });
      continue;
    }
    const headings = headingsIn(page.html, 1);
    if (headings.length !== 1 || headings[0] !== collapseWhitespace(step.title)) {
      problems.push({
        file: guideFiles.page(step.id),
        step: step.id,
        message: `the rendered page's h1 is ${headings.map((h) => `"${h}"`).join(', ') || 'missing'}, not the step's title "${step.title}"`,
      });
    }
    const text = htmlText(withoutHiddenText(page.html));
    for (const fact of facts[step.id] ?? []) {
      const wanted = collapseWhitespace(fact);
      if (!wanted) {
        problems.push({ file: guideFiles.facts, step: step.id, message: 'an empty fact' });
      } else if (!text.includes(wanted)) {
        problems.push(
          locate
            ? {
                ...locate(step.id, fact),
                step: step.id,
                message: `fact not on the step's page as a reader sees it: "${fact}"`,
                fix: 'write it verbatim in the page (markup aside), or correct the fact',
              }
            : {
                file: guideFiles.facts,
                step: step.id,
                message: `fact not on the step's prerendered page (write it verbatim in ${guideFiles.page(step.id)}): "${fact}"`,
              },
        );
      }
    }
  }
  return problems;
}
