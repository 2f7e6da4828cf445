import peggy from 'peggy';
import type { Condition } from '../../machine/guide-condition.ts';
import { conditionGrammar } from './condition-grammar.ts';

/** Where a step id, a value or a name stands in a condition's text. */
export interface ConditionRef {
  kind: 'step' | 'value' | 'name';
  name: string;
  /** For a value: the step it is a value of. */
  step?: string;
  /** Offsets in the condition's text. */
  start: number;
  end: number;
}

export type ParsedCondition =
  { condition: Condition; refs: readonly ConditionRef[] } | { error: string; offset: number };

let parser: peggy.Parser | undefined;

/** A condition's text as data, or what is wrong with it and where (an offset in the text). */
export function parseCondition(text: string): ParsedCondition {
  parser ??= peggy.generate(conditionGrammar);
  const refs: ConditionRef[] = [];
  try {
    return { condition: parser.parse(text, { refs }) as Condition, refs };
  } catch (error) {
    if (error instanceof parser.SyntaxError) {
      const found = error.found === null ? 'the end of the condition' : `"${error.found}"`;
      const expected = [
        ...new Set(
          (error.expected ?? [])
            .filter((e) => e.type !== 'other' || e.description !== 'white space')
            .map((e) =>
              e.type === 'literal' ? `"${e.text}"` : 'description' in e ? e.description : e.type,
            ),
        ),
      ];
      return {
        error: `the condition cannot be read at ${found}: expected ${expected.join(', ') || 'the end'}`,
        offset: error.location.start.offset,
      };
    }
    throw error;
  }
}

/** A condition as its author would write it (for the map, the graph and messages). */
export function conditionText(condition: Condition): string {
  const inner = (c: Condition) =>
    c[0] === 'and' || c[0] === 'or' ? `(${conditionText(c)})` : conditionText(c);
  switch (condition[0]) {
    case '=':
    case '!=':
      return `${condition[1]} ${condition[0]} ${condition[2]}`;
    case 'contains':
      return `${condition[1]} contains ${condition[2]}`;
    case 'all':
    case 'any':
      return `${condition[1]} has ${condition[0]} of [${condition[2].join(', ')}]`;
    case 'answered':
      return `${condition[1]} is answered`;
    case 'and':
    case 'or':
      return condition
        .slice(1)
        .map((c) => inner(c as Condition))
        .join(` ${condition[0]} `);
    case 'not':
      return condition[1][0] === 'answered'
        ? `${condition[1][1]} is not answered`
        : `not ${inner(condition[1])}`;
    case 'name':
      return condition[1];
  }
}
