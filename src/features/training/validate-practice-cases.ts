import type { AnyStateMachine } from 'xstate';
import type { StepMeta } from '../../machine/step-meta';
import { answerLabel, stepNodesOf } from './machine-steps';
import type { PracticeCase } from './practice-case';
import { walkAnswers } from './walk-answers';

/**
 * Checks an author's practice cases against the guide's machine: each case's expected answers
 * are replayed through it and must reach the end step its card says, using every answer given.
 */

export interface PracticeCaseProblem {
  caseId: string;
  message: string;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkCase(
  machine: AnyStateMachine,
  steps: ReadonlyMap<string, StepMeta>,
  c: PracticeCase,
): string[] {
  const problems: string[] = [];
  if (!idPattern.test(c.id)) problems.push(`id "${c.id}" is not kebab-case`);
  const outcome = steps.get(c.expected.outcome);
  if (!outcome) problems.push(`expected outcome "${c.expected.outcome}" is not a step`);
  else if (outcome.kind !== 'end')
    problems.push(`expected outcome "${outcome.id}" is not an end step`);
  for (const id of Object.keys(c.expected.answers)) {
    if (!steps.has(id)) problems.push(`answer for "${id}", which is not a step`);
  }
  const walk = walkAnswers(machine, c.expected.answers);
  const last = walk.trail.at(-1)!;
  if (walk.status === 'rejected') {
    const { step, value } = walk.rejected!;
    problems.push(`the machine does not accept "${value}" on "${step.id}" (${step.title})`);
  } else if (walk.status === 'waiting') {
    problems.push(`the path stops at "${last.id}" (${last.title}): it has no answer there`);
  } else if (outcome && last.id !== outcome.id) {
    problems.push(`the path ends at "${last.id}", not at "${outcome.id}" as the card says`);
  }
  if (walk.status !== 'rejected') {
    const used = new Set(walk.answered.map((a) => a.step.id));
    for (const [id, value] of Object.entries(c.expected.answers)) {
      const step = steps.get(id);
      if (step && !used.has(id)) {
        problems.push(
          `the answer "${answerLabel(step, value)}" to "${id}" is never used: the path does not pass there`,
        );
      }
    }
  }
  const card = c.card;
  const texts = {
    title: c.title,
    debrief: c.debrief,
    customerReport: card.customerReport,
    'backupError.code': card.backupError.code,
    logPermission: card.logPermission,
    logCollection: card.logCollection,
    reboot: card.reboot,
    afterRemediation: card.afterRemediation,
  };
  for (const [field, text] of Object.entries(texts)) {
    if (!text.trim()) problems.push(`${field} is empty`);
  }
  return problems;
}

/** Every problem with the cases; none means each case's path is accepted and ends as it says. */
export function validatePracticeCases(
  machine: AnyStateMachine,
  cases: readonly PracticeCase[],
): PracticeCaseProblem[] {
  const steps = new Map(stepNodesOf(machine).map((s) => [s.meta.id, s.meta]));
  const seen = new Set<string>();
  return cases.flatMap((c) => {
    const problems = checkCase(machine, steps, c);
    if (seen.has(c.id)) problems.unshift(`id "${c.id}" is used by another case`);
    seen.add(c.id);
    return problems.map((message) => ({ caseId: c.id, message }));
  });
}

/** The end steps that no case finishes on. */
export function endStepsWithoutCase(
  machine: AnyStateMachine,
  cases: readonly PracticeCase[],
): StepMeta[] {
  const outcomes = new Set(cases.map((c) => c.expected.outcome));
  return stepNodesOf(machine)
    .filter((s) => s.node.type === 'final' && !outcomes.has(s.meta.id))
    .map((s) => s.meta);
}

/** The steps that no case's expected path visits. */
export function stepsWithoutCase(
  machine: AnyStateMachine,
  cases: readonly PracticeCase[],
): StepMeta[] {
  const visited = new Set(
    cases.flatMap((c) => walkAnswers(machine, c.expected.answers).trail.map((s) => s.id)),
  );
  return stepNodesOf(machine)
    .map((s) => s.meta)
    .filter((s) => !visited.has(s.id));
}
