import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode } from 'xstate';
import type { StepMeta } from '../../machine/step-meta';

/**
 * What training needs to know about any guide's machine, read off the machine passed in (never
 * a module singleton): its steps (states with `StepMeta`), the event each answer sends, and the
 * labels of answers. A multiple-choice answer is its values joined by commas, as in URLs.
 */

export const valueSeparator = ',';

/** An event a step's answer sends; a multiple choice sends its selected values. */
export interface AnswerEvent {
  type: string;
  values?: readonly string[];
}

export interface StepNode {
  meta: StepMeta;
  node: AnyStateNode;
}

function descendants(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...descendants(child)]);
}

/** Every state with step meta, in the order the machine declares them. */
export function stepNodesOf(machine: AnyStateMachine): StepNode[] {
  return descendants(machine.root)
    .filter((node) => node.meta !== undefined)
    .map((node) => ({ meta: node.meta as StepMeta, node }));
}

export function stepsOf(machine: AnyStateMachine): StepMeta[] {
  return stepNodesOf(machine).map((s) => s.meta);
}

/** The step a snapshot shows (the deepest active state with step meta). */
export function stepOfSnapshot(snapshot: AnyMachineSnapshot): StepMeta | undefined {
  const metas = Object.values(snapshot.getMeta() as Record<string, StepMeta | undefined>);
  return metas.filter((m): m is StepMeta => m !== undefined && typeof m.id === 'string').at(-1);
}

/** The event that leaves the start page (its single button). */
export function startEvent(step: StepMeta): AnswerEvent | undefined {
  const event = step.answer?.options[0]?.event;
  return event ? { type: event } : undefined;
}

/**
 * The machine event an answer stands for, or `undefined` when the step does not offer that
 * value. Multiple-choice values are sent in the order the step lists its options.
 */
export function eventForAnswer(step: StepMeta, value: string): AnswerEvent | undefined {
  const answer = step.answer;
  if (!answer || step.kind === 'start') return undefined;
  if (answer.type !== 'multiple') {
    const event = answer.options.find((o) => o.value === value)?.event;
    return event ? { type: event } : undefined;
  }
  if (value === answer.none.value) return { type: answer.event, values: [] };
  const values = value.split(valueSeparator);
  const known = answer.options.map((o) => o.value);
  if (values.some((v) => !known.includes(v)) || new Set(values).size !== values.length) {
    return undefined;
  }
  return { type: answer.event, values: known.filter((v) => values.includes(v)) };
}

/** The answer value that sends an event (the inverse of `eventForAnswer`). */
export function answerForEvent(step: StepMeta, event: AnswerEvent): string | undefined {
  const answer = step.answer;
  if (!answer || step.kind === 'start') return undefined;
  if (answer.type === 'multiple') {
    if (event.type !== answer.event) return undefined;
    const values = event.values ?? [];
    return values.length === 0 ? answer.none.value : values.join(valueSeparator);
  }
  return answer.options.find((o) => o.event === event.type)?.value;
}

/**
 * Every answer a step offers: each option, and for a multiple choice each option alone and
 * "none" (combinations are left to hand-written cases, to keep generated paths few).
 */
export function answerValuesFor(step: StepMeta): string[] {
  const answer = step.answer;
  if (!answer || step.kind === 'start') return [];
  const values = answer.options.map((o) => o.value);
  return answer.type === 'multiple' ? [...values, answer.none.value] : values;
}

/** The events a user can send on a step: what `xstate/graph` traverses. */
export function eventsForStep(step: StepMeta | undefined): AnswerEvent[] {
  if (!step) return [];
  if (step.kind === 'start') return [startEvent(step)].filter((e) => e !== undefined);
  return answerValuesFor(step).map((v) => eventForAnswer(step, v)!);
}

/** The values of an answer, in the step's option order ("none" is no value). */
function valuesOf(step: StepMeta, value: string): string[] {
  const event = eventForAnswer(step, value);
  return event?.values ? [...event.values] : [value];
}

/** Whether two answers to a step say the same thing (a multiple choice in any order). */
export function sameAnswer(step: StepMeta, a: string, b: string): boolean {
  return valuesOf(step, a).join(valueSeparator) === valuesOf(step, b).join(valueSeparator);
}

/** The on-screen label of an answer value; a multiple choice's labels joined by "; ". */
export function answerLabel(step: StepMeta, value: string): string {
  const answer = step.answer;
  if (!answer) return value;
  if (answer.type === 'multiple') {
    if (value === answer.none.value) return answer.none.label;
    return value
      .split(valueSeparator)
      .map((v) => answer.options.find((o) => o.value === v)?.label ?? v)
      .join('; ');
  }
  return answer.options.find((o) => o.value === value)?.label ?? value;
}
