import { answerLabel } from './answer-labels';
import type { GuideModel } from './guide-model';
import type { PracticeCase } from './guide-training';
import type { StepMeta } from './step-meta';
import { walkCase } from './case-walk';

/**
 * Checks an author's practice cases against the guide's machine: each case's expected answers
 * are replayed through it and must reach the end step the case names, using every answer given.
 */

export interface PracticeCaseProblem {
  caseId: string;
  message: string;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkCase(guide: GuideModel, c: PracticeCase): string[] {
  const problems: string[] = [];
  if (!idPattern.test(c.id)) problems.push(`id "${c.id}" is not kebab-case`);
  const outcome = guide.stepById(c.expected.outcome);
  if (!outcome) problems.push(`expected outcome "${c.expected.outcome}" is not a step`);
  else if (outcome.kind !== 'end')
    problems.push(`expected outcome "${outcome.id}" is not an end step`);
  for (const id of Object.keys(c.expected.answers)) {
    if (!guide.stepById(id)) problems.push(`answer for "${id}", which is not a step`);
  }
  const walk = walkCase(guide, c.expected.answers);
  const last = walk.trail.at(-1)!;
  if (walk.status === 'rejected') {
    const value = c.expected.answers[last.id]!;
    problems.push(`the machine does not accept "${value}" on "${last.id}" (${last.title})`);
  } else if (walk.status === 'waiting') {
    problems.push(`the path stops at "${last.id}" (${last.title}): it has no answer there`);
  } else if (outcome && last.id !== outcome.id) {
    problems.push(`the path ends at "${last.id}", not at "${outcome.id}" as the case says`);
  }
  if (walk.status !== 'rejected') {
    const used = new Set(walk.answered.map((a) => a.step.id));
    for (const [id, value] of Object.entries(c.expected.answers)) {
      const step = guide.stepById(id);
      if (step && !used.has(id)) {
        problems.push(
          `the answer "${answerLabel(step, value)}" to "${id}" is never used: the path does not pass there`,
        );
      }
    }
  }
  for (const section of c.card.sections) {
    if (section.revealAt !== undefined && !guide.stepById(section.revealAt)) {
      problems.push(`section "${section.heading}" is revealed at "${section.revealAt}", no step`);
    }
  }
  const texts = {
    title: c.title,
    debrief: c.debrief,
    customerReport: c.card.customerReport,
  };
  for (const [field, text] of Object.entries(texts)) {
    if (!text.trim()) problems.push(`${field} is empty`);
  }
  return problems;
}

/** Every problem with the cases; none means each case's path is accepted and ends as it says. */
export function validatePracticeCases(
  guide: GuideModel,
  cases: readonly PracticeCase[],
): PracticeCaseProblem[] {
  const seen = new Set<string>();
  return cases.flatMap((c) => {
    const problems = checkCase(guide, c);
    if (seen.has(c.id)) problems.unshift(`id "${c.id}" is used by another case`);
    seen.add(c.id);
    return problems.map((message) => ({ caseId: c.id, message }));
  });
}

/** The end steps that no case finishes on. */
export function endStepsWithoutCase(guide: GuideModel, cases: readonly PracticeCase[]): StepMeta[] {
  const outcomes = new Set(cases.map((c) => c.expected.outcome));
  return guide.steps.filter((s) => s.kind === 'end' && !outcomes.has(s.id));
}
