/**
 * A rule's condition, as a guide written in Markdown states it (`when: error-code = x and
 * findings contains y`), parsed at build time (`src/guides/format/parse-condition.ts`) into this
 * plain data, and evaluated here against the answers given so far. Every answer is a set of
 * values: a single choice holds one, several choices or a checklist the ones chosen (none when
 * the engineer chose "none of these" or ticked nothing).
 *
 * - `['=', step, value]`: the answer is exactly that value (for several choices: that one value
 *   alone; the "none" value: nothing was chosen).
 * - `['!=', step, value]`: not that.
 * - `['contains', step, value]`: the value is among those chosen.
 * - `['all', step, values]` / `['any', step, values]`: every / at least one of them is chosen.
 * - `['answered', step]`: the step has been answered on the way here.
 * - `['and', …]`, `['or', …]`, `['not', c]`.
 * - `['name', name]`: a named condition of the guide (`conditions:` in `guide.md`), or a named
 *   predicate written in TypeScript (`predicates.ts`).
 */
export type Condition =
  | readonly ['=' | '!=' | 'contains', string, string]
  | readonly ['all' | 'any', string, readonly string[]]
  | readonly ['answered', string]
  | readonly ['and' | 'or', ...Condition[]]
  | readonly ['not', Condition]
  | readonly ['name', string];

/** Step id → the values chosen there (an answered step is a key, even with no value). */
export type AnswerSets = Readonly<Record<string, readonly string[]>>;

/** A named predicate: a test on the answers, written in TypeScript where a rule cannot say it. */
export interface NamedPredicate {
  /** The steps whose answers it reads (checked like a rule's: each must be set on the way). */
  reads: readonly string[];
  test: (answers: AnswerSets) => boolean;
}

export interface ConditionNames {
  /** The guide's named conditions (`conditions:` in `guide.md`). */
  conditions?: Readonly<Record<string, Condition>>;
  /** The guide's named predicates (`predicates.ts`). */
  predicates?: Readonly<Record<string, NamedPredicate>>;
  /** Step id → the value of its "none" option, for `=` on several choices. */
  noneValues?: Readonly<Record<string, string>>;
}

function isExactly(names: ConditionNames, step: string, chosen: readonly string[], value: string) {
  if (names.noneValues?.[step] === value) return chosen.length === 0;
  return chosen.length === 1 && chosen[0] === value;
}

/** Whether a condition holds for the answers. An unanswered step has chosen nothing. */
export function holds(condition: Condition, answers: AnswerSets, names: ConditionNames): boolean {
  const chosen = (step: string) => (Object.hasOwn(answers, step) ? answers[step]! : []);
  switch (condition[0]) {
    case '=':
      return (
        Object.hasOwn(answers, condition[1]) &&
        isExactly(names, condition[1], chosen(condition[1]), condition[2])
      );
    case '!=':
      return !(
        Object.hasOwn(answers, condition[1]) &&
        isExactly(names, condition[1], chosen(condition[1]), condition[2])
      );
    case 'contains':
      return names.noneValues?.[condition[1]] === condition[2]
        ? Object.hasOwn(answers, condition[1]) && chosen(condition[1]).length === 0
        : chosen(condition[1]).includes(condition[2]);
    case 'all':
      return condition[2].every((v) => chosen(condition[1]).includes(v));
    case 'any':
      return condition[2].some((v) => chosen(condition[1]).includes(v));
    case 'answered':
      return Object.hasOwn(answers, condition[1]);
    case 'and':
      return condition.slice(1).every((c) => holds(c as Condition, answers, names));
    case 'or':
      return condition.slice(1).some((c) => holds(c as Condition, answers, names));
    case 'not':
      return !holds(condition[1], answers, names);
    case 'name': {
      const named = names.conditions?.[condition[1]];
      if (named) return holds(named, answers, names);
      const predicate = names.predicates?.[condition[1]];
      if (predicate) return predicate.test(answers);
      throw new Error(`No condition or predicate named "${condition[1]}"`);
    }
  }
}
