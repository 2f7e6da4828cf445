import type {
  CompiledGuide,
  CompiledRuledOut,
  CompiledState,
} from '../../machine/compiled-guide.ts';
import type { Condition } from '../../machine/guide-condition.ts';
import type { Answer, StepMeta } from '../../machine/step-meta.ts';
import type { DecisionSource, StepSource } from './compile-guide.ts';
import { noneOption, stepNexts } from './flow-edges.ts';
import type { QuestionFrontMatter } from './guide-schemas.ts';
import { conditionText } from './parse-condition.ts';

/**
 * The compile target: a plain XState machine config, one state per step (keyed by its id, with
 * its `StepMeta`) and per decision (transient, `always`), answers kept by the `answer` action,
 * rules tested by the `rule` guard with the condition as `params`; and the notices as data.
 * Called only once the front matter has nothing wrong with it.
 */

interface Input {
  id: string;
  steps: readonly StepSource[];
  decisions: readonly DecisionSource[];
  conditions: Readonly<Record<string, Condition>>;
  notices: ReadonlyMap<
    string,
    { reasons: (Condition | undefined)[]; ruledOut?: Condition; cases: (Condition | undefined)[][] }
  >;
}

const eventOf = (step: string, value: string) => `${step}.${value}`;

function answerOf(id: string, question: QuestionFrontMatter): Answer {
  const withHint = <T extends { hint?: string }>(o: T) => (o.hint ? { hint: o.hint } : {});
  switch (question.type) {
    case 'one':
      return {
        type: 'single',
        ...(question.prompt ? { prompt: question.prompt } : {}),
        options: question.options.map((o) => ({
          value: o.value,
          label: o.label,
          ...withHint(o),
          event: eventOf(id, o.value),
        })),
      };
    case 'yes-no':
      return {
        type: 'single',
        ...(question.prompt ? { prompt: question.prompt } : {}),
        options: (['yes', 'no'] as const).map((value) => {
          const option = question[value];
          const given: { label?: string; hint?: string } = typeof option === 'object' ? option : {};
          return {
            value,
            label: given.label ?? (value === 'yes' ? 'Yes' : 'No'),
            ...withHint(given),
            event: eventOf(id, value),
          };
        }),
      };
    case 'several':
    case 'checklist':
      return {
        type: 'multiple',
        ...(question.prompt ? { prompt: question.prompt } : {}),
        ...(question.type === 'checklist' ? { checklist: true } : {}),
        event: id,
        options: question.options.map((o) => ({ value: o.value, label: o.label, ...withHint(o) })),
        none: noneOption(question),
      };
    case 'none': {
      const value = question.value ?? 'done';
      return {
        type: 'confirm',
        options: [{ value, label: question.button, event: eventOf(id, value) }],
      };
    }
  }
}

function stepMeta({ id, front }: StepSource): StepMeta {
  return {
    id,
    path: front.path ?? (front.kind === 'start' ? '' : id),
    title: front.title,
    shortTitle: front.shortTitle ?? front.title,
    kind: front.kind,
    phase: front.phase,
    ...(front.question ? { answer: answerOf(id, front.question) } : {}),
    ...(front.recordsOutcome ? { recordsOutcome: true } : {}),
    ...(front.end ? { end: front.end } : {}),
  };
}

export function buildMachine({ id, steps, decisions, conditions, notices }: Input): CompiledGuide {
  const states: Record<string, CompiledState> = {};
  const noneValues: Record<string, string> = {};
  for (const step of steps) {
    const meta = stepMeta(step);
    const answer = meta.answer;
    if (!answer) {
      states[step.id] = { type: 'final', meta };
      continue;
    }
    const record = (value?: string) =>
      step.front.kind === 'start'
        ? {}
        : {
            actions: {
              type: 'answer' as const,
              params: value === undefined ? { step: step.id } : { step: step.id, value },
            },
          };
    const on: Record<string, NonNullable<CompiledState['on']>[string]> = {};
    if (answer.type === 'multiple') {
      noneValues[step.id] = answer.none.value;
      on[answer.event] = { target: stepNexts(step)[0]!.to, ...record() };
    } else {
      for (const next of stepNexts(step)) {
        on[eventOf(step.id, next.value!)] = { target: next.to, ...record(next.value) };
      }
    }
    states[step.id] = { meta, on };
  }
  for (const decision of decisions) {
    states[decision.id] = {
      description: decision.front.title,
      always: decision.front.rules.map((rule, i) => {
        const when = decision.conditions[i];
        return 'when' in rule && when
          ? {
              guard: { type: 'rule' as const, params: { when } },
              target: rule.next,
              description: rule.label ?? conditionText(when),
            }
          : {
              target: 'otherwise' in rule ? rule.otherwise : rule.next,
              description: rule.label ?? 'otherwise',
            };
      }),
    };
  }

  const reasons: Record<string, CompiledGuide['reasons'][string]> = {};
  const ruledOut: CompiledRuledOut[] = [];
  for (const step of steps) {
    const declared = notices.get(step.id);
    if (step.front.reasons?.length) {
      reasons[step.id] = step.front.reasons.map((r, i) => ({
        ...(declared?.reasons[i] ? { when: declared.reasons[i] } : {}),
        text: 'when' in r ? r.text : r.otherwise,
      }));
    }
    const ruled = step.front.ruledOut;
    if (ruled && declared?.ruledOut) {
      ruledOut.push({
        cause: step.id,
        when: declared.ruledOut,
        heading: ruled.heading,
        ...(ruled.quote ? { quote: ruled.quote } : {}),
        summary: ruled.summary,
        symptoms: ruled.symptoms.map((symptom, s) => ({
          label: symptom.label,
          cases: symptom.cases.map((c, i) => ({
            ...(declared.cases[s]?.[i] ? { when: declared.cases[s]![i]! } : {}),
            ...(c.holds === undefined ? {} : { holds: c.holds }),
            detail: c.detail,
          })),
        })),
      });
    }
  }

  const start = steps.find((s) => s.front.kind === 'start')!;
  return {
    machine: { id, initial: start.id, context: { answers: {} }, states: inReadingOrder(states) },
    conditions,
    noneValues,
    reasons,
    ruledOut,
  };
}

/**
 * The states in the order a reader meets them (the map's outline, the checklist): the steps as
 * `guide.md` lists them, each decision right after the last state that leads to it.
 */
function inReadingOrder(states: Record<string, CompiledState>): Record<string, CompiledState> {
  const targets = (state: CompiledState) => [
    ...Object.values(state.on ?? {}).map((t) => t.target),
    ...(state.always ?? []).map((t) => t.target),
  ];
  const order = Object.keys(states).filter((id) => states[id]!.meta);
  const waiting = Object.keys(states).filter((id) => !states[id]!.meta);
  while (waiting.length > 0) {
    const ready = waiting.findIndex((id) =>
      Object.entries(states).every(
        ([from, state]) => !targets(state).includes(id) || order.includes(from),
      ),
    );
    // A decision nothing leads to (the checks say so) goes last.
    const [id] = waiting.splice(ready === -1 ? 0 : ready, 1);
    const after = Math.max(
      -1,
      ...Object.entries(states)
        .filter(([, state]) => targets(state).includes(id!))
        .map(([from]) => order.indexOf(from)),
    );
    order.splice(after + 1, 0, id!);
  }
  return Object.fromEntries(order.map((id) => [id, states[id]!]));
}
