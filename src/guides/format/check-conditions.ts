import { closestWord } from '../../lib/edit-distance.ts';
import type { Condition } from '../../machine/guide-condition.ts';
import type { Problem } from '../validation/guide-problem.ts';
import type { DecisionSource, StepSource } from './compile-guide.ts';
import { answerValues } from './flow-edges.ts';
import type { ConditionRef } from './parse-condition.ts';
import type { Position } from './yaml-source.ts';

/**
 * Every condition checked against the guide, the way SurveyJS's `validateExpressions()` names an
 * unknown variable: each step it reads is a step that is answered (not the start, not an end),
 * each value one of that step's answers, each name a named condition or predicate; and a rule
 * reads only answers given on every way into its decision.
 */

export interface ConditionUse {
  file: string;
  /** `rule`: a decision's; `named`: a named condition; `notice`: a reason or a ruled-out cause. */
  kind: 'rule' | 'named' | 'notice';
  /** The decision, the condition's name, or the step the notice is on. */
  owner: string;
  condition: Condition;
  refs: readonly ConditionRef[];
  /** Where an offset into the condition's text stands. */
  at(offset: number): Position;
}

interface Input {
  uses: readonly ConditionUse[];
  steps: readonly StepSource[];
  decisions: readonly DecisionSource[];
  named: Readonly<Record<string, Condition>>;
  predicates?: Readonly<Record<string, { reads: readonly string[] }>>;
  hasPredicates: boolean;
  mustBeAnswered: ReadonlyMap<string, ReadonlySet<string>>;
  wayAround?(node: string, avoiding: string): string[] | undefined;
}

/** The steps a condition reads as answers (an `is answered` test reads none). */
function readSteps(
  condition: Condition,
  named: Input['named'],
  seen = new Set<string>(),
): Set<string> {
  const steps = new Set<string>();
  const walk = (c: Condition) => {
    switch (c[0]) {
      case 'answered':
        return;
      case 'and':
      case 'or':
        c.slice(1).forEach((inner) => walk(inner as Condition));
        return;
      case 'not':
        walk(c[1]);
        return;
      case 'name': {
        const inner = named[c[1]];
        if (inner && !seen.has(c[1])) {
          seen.add(c[1]);
          readSteps(inner, named, seen).forEach((s) => steps.add(s));
        }
        return;
      }
      default:
        steps.add(c[1]);
    }
  };
  walk(condition);
  return steps;
}

export function checkConditions(input: Input): Problem[] {
  const problems: Problem[] = [];
  const steps = new Map(input.steps.map((s) => [s.id, s]));
  const names = new Set([...Object.keys(input.named), ...Object.keys(input.predicates ?? {})]);

  for (const use of input.uses) {
    const say = (ref: ConditionRef, message: string, fix?: string) =>
      problems.push({ file: use.file, ...use.at(ref.start), message, ...(fix ? { fix } : {}) });
    for (const ref of use.refs) {
      if (ref.kind === 'name') {
        if (names.has(ref.name) || (input.hasPredicates && input.predicates === undefined))
          continue;
        const near = closestWord(ref.name, [...names, ...steps.keys()]);
        say(
          ref,
          `\`${ref.name}\` is no named condition${input.hasPredicates ? ' or predicate' : ''} of this guide`,
          near
            ? `did you mean \`${near}\`?`
            : 'name it under `conditions:` in guide.md, or write `step = value`',
        );
        continue;
      }
      const stepId = ref.kind === 'step' ? ref.name : ref.step!;
      const step = steps.get(stepId);
      if (ref.kind === 'step') {
        if (!step) {
          const near = closestWord(ref.name, steps.keys());
          say(
            ref,
            `\`${ref.name}\` is no step of this guide`,
            near ? `did you mean \`${near}\`?` : undefined,
          );
        } else if (step.front.kind === 'start' || !step.front.question) {
          say(
            ref,
            `\`${ref.name}\` is ${step.front.kind === 'start' ? 'the start step' : 'an end step'}: it has no answer to test`,
          );
        }
        continue;
      }
      if (!step?.front.question) continue;
      const values = answerValues(step.front.question).map((v) => v.value);
      if (!values.includes(ref.name)) {
        const near = closestWord(ref.name, values);
        say(
          ref,
          `\`${ref.name}\` is not an option of step \`${stepId}\` (${values.join(', ')})`,
          near ? `did you mean \`${near}\`?` : undefined,
        );
      }
    }

    // A rule reads only answers given on every way into its decision.
    if (use.kind !== 'rule') continue;
    const answered = input.mustBeAnswered.get(use.owner);
    if (!answered) continue;
    const read = readSteps(use.condition, input.named);
    for (const ref of use.refs) {
      const reads =
        ref.kind === 'step'
          ? read.has(ref.name) && steps.has(ref.name)
            ? [ref.name]
            : []
          : ref.kind === 'name'
            ? [
                ...readSteps(['name', ref.name], input.named),
                ...(input.predicates?.[ref.name]?.reads ?? []),
              ]
            : [];
      for (const stepId of reads) {
        if (answered.has(stepId) || !steps.has(stepId)) continue;
        const way = input.wayAround?.(use.owner, stepId);
        const via =
          ref.kind === 'name' ? `\`${ref.name}\` reads \`${stepId}\`, which` : `\`${stepId}\``;
        say(
          ref,
          `${via} is not answered on every way into \`${use.owner}\`${way ? ` (not on ${way.join(' → ')})` : ''}`,
          `test \`${stepId} is answered\` first, or move the rule to a decision after \`${stepId}\``,
        );
      }
    }
  }
  return problems;
}
