import type { AnswerOption } from '../../machine/step-meta';
import type { Problem } from './guide-problem';
import { slugPattern } from './reserved-paths';
import type { GraphState, StateGraph } from './state-graph';

/** Whether a state's `on` handles an event type (wildcards included). */
export function handlesEvent(state: GraphState, type: string): boolean {
  return [...state.node.transitions.keys()].some(
    (descriptor) =>
      descriptor === type ||
      descriptor === '*' ||
      (descriptor.endsWith('.*') && type.startsWith(descriptor.slice(0, -1))),
  );
}

function handledEvents(state: GraphState): string {
  const events = [...state.node.transitions.keys()];
  return events.length > 0 ? events.join(', ') : 'none';
}

/**
 * Each step's answer as the machine must accept it: values fit for a URL and unique, every
 * option sending an event its state handles (the start page's button too).
 */
export function checkAnswerOptions(graph: StateGraph, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const state of graph.states.values()) {
    const step = state.step;
    const answer = step?.answer;
    if (!step || !answer) continue;
    const say = (message: string) => problems.push({ file, step: step.id, message });
    const checkEvent = (event: string | undefined, what: string) => {
      if (!event) say(`${what} sends no event`);
      else if (!handlesEvent(state, event)) {
        say(
          `${what} sends "${event}", which state "${state.key}" does not handle (it handles: ${handledEvents(state)})`,
        );
      }
    };

    const options: readonly AnswerOption[] =
      answer.type === 'multiple' ? [...answer.options, answer.none] : answer.options;
    if (answer.options.length === 0) say('an answer with no options');
    if (answer.type === 'multiple' && !answer.none)
      say('a multiple choice without its `none` option');
    const values = new Set<string>();
    for (const option of options.filter(Boolean)) {
      if (!slugPattern.test(option.value)) {
        say(`option value "${option.value}" is not lowercase words joined by hyphens ([a-z0-9-]+)`);
      }
      if (values.has(option.value)) say(`two options have the value "${option.value}"`);
      values.add(option.value);
      if (!option.label?.trim()) say(`option "${option.value}" has no label`);
    }

    if (step.kind === 'start' && answer.type !== 'confirm') {
      say("the start step's answer must be a 'confirm' with one option: its Start button");
    }
    if (answer.type === 'confirm' && answer.options.length !== 1) {
      say(`a 'confirm' answer has one option, not ${answer.options.length}`);
    }
    if (answer.type === 'multiple') {
      checkEvent(answer.event, 'the multiple choice');
    } else {
      for (const option of answer.options) checkEvent(option.event, `option "${option.value}"`);
    }
  }
  return problems;
}
