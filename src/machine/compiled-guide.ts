import { assign, setup, type AnyEventObject, type AnyStateMachine } from 'xstate';
import { answerLabel } from './answer-labels';
import type { GuideDefinition, GuideNotice, NoticeContext, SymptomCheck } from './guide-definition';
import { holds, type AnswerSets, type Condition, type NamedPredicate } from './guide-condition';
import type { StepMeta } from './step-meta';

/**
 * A guide written in Markdown, as the build compiles it (`src/guides/format/`): a plain XState
 * machine config, whose decisions use one guard, `rule`, with the rule's condition as its
 * `params`, and whose answers are kept by one action, `answer`; and what the guide explains on
 * its screens, as data. JSON all through (`content/<guide>/generated/machine.json`).
 */

export interface CompiledReason {
  /** Absent: `otherwise`. */
  when?: Condition;
  /** `{step id}` stands for that step's answer, as the engineer chose it. */
  text: string;
}

export interface CompiledSymptomCase {
  when?: Condition;
  holds?: boolean;
  detail: string;
}

export interface CompiledRuledOut {
  /** The cause step it is about. */
  cause: string;
  when: Condition;
  heading: string;
  quote?: string;
  summary: string;
  symptoms: readonly { label: string; cases: readonly CompiledSymptomCase[] }[];
}

/** A state of the compiled machine: a step (with `meta`) or a decision (with `always`). */
export interface CompiledState {
  type?: 'final';
  description?: string;
  meta?: StepMeta;
  on?: Readonly<
    Record<string, { target: string; actions?: { type: 'answer'; params: AnswerParams } }>
  >;
  always?: readonly {
    target: string;
    guard?: { type: 'rule'; params: { when: Condition } };
    description?: string;
  }[];
}

export interface CompiledGuide {
  machine: {
    id: string;
    initial: string;
    context: GuideContext;
    states: Readonly<Record<string, CompiledState>>;
  };
  /** The guide's named conditions. */
  conditions: Readonly<Record<string, Condition>>;
  /** Step id → the value of its "none" option (several choices, checklists). */
  noneValues: Readonly<Record<string, string>>;
  /** Step id → why the guide ended there, the first that holds. */
  reasons: Readonly<Record<string, readonly CompiledReason[]>>;
  ruledOut: readonly CompiledRuledOut[];
}

/** What a compiled machine remembers: the answers given on the way, as sets of values. */
export interface GuideContext {
  answers: AnswerSets;
}

export interface AnswerParams {
  step: string;
  /** The value of a one-choice answer; absent for several choices (the event's `values`). */
  value?: string;
}

/** The engine's guide definition for a compiled guide. */
export function defineCompiledGuide(
  compiled: CompiledGuide,
  predicates: Readonly<Record<string, NamedPredicate>> = {},
): GuideDefinition {
  const names = { conditions: compiled.conditions, predicates, noneValues: compiled.noneValues };
  const builder = setup({
    types: { context: {} as GuideContext, events: {} as AnyEventObject },
    guards: {
      rule: ({ context }, params: { when: Condition }) =>
        holds(params.when, context.answers, names),
    },
    actions: {
      answer: assign(({ context, event }, params: AnswerParams) => ({
        answers: {
          ...context.answers,
          [params.step]:
            params.value !== undefined ? [params.value] : ((event.values as string[]) ?? []),
        },
      })),
    },
  });
  // A plain config of the shape above: `setup` types the parameter more generally than JSON.
  const machine: AnyStateMachine = builder.createMachine(
    compiled.machine as unknown as Parameters<typeof builder.createMachine>[0],
  );

  const steps = new Map(
    Object.values(compiled.machine.states).flatMap((s) =>
      s.meta ? [[s.meta.id, s.meta] as const] : [],
    ),
  );
  const fill = (text: string, answers: AnswerSets, extra: Record<string, string> = {}) =>
    text.replace(/\{([a-z0-9-]+)\}/g, (whole, name: string) => {
      if (Object.hasOwn(extra, name)) return extra[name]!;
      const step = steps.get(name);
      if (!step || !Object.hasOwn(answers, name)) return whole;
      const values = answers[name]!;
      return answerLabel(
        step,
        values.length ? values.join(',') : (compiled.noneValues[name] ?? ''),
      );
    });

  const notices = ({ step, snapshot }: NoticeContext): GuideNotice[] => {
    // Notices explain where the answers led: a step opened on its own has none.
    if (!snapshot) return [];
    const { answers } = snapshot.context as GuideContext;
    const found: GuideNotice[] = [];
    const reason = compiled.reasons[step.id]?.find((r) => !r.when || holds(r.when, answers, names));
    if (reason) found.push({ kind: 'reason', text: fill(reason.text, answers) });
    for (const ruled of compiled.ruledOut) {
      if (!holds(ruled.when, answers, names)) continue;
      const checks: SymptomCheck[] = ruled.symptoms.map((symptom) => {
        const match = symptom.cases.find((c) => !c.when || holds(c.when, answers, names));
        return {
          label: symptom.label,
          holds: match?.holds,
          detail: fill(match?.detail ?? '', answers),
        };
      });
      const held = { held: String(checks.filter((c) => c.holds === true).length) };
      found.push({
        kind: 'verdict',
        heading: fill(ruled.heading, answers, held),
        ...(ruled.quote === undefined ? {} : { quote: ruled.quote }),
        summary: fill(ruled.summary, answers, held),
        checks,
      });
    }
    return found;
  };

  return { machine, notices };
}
