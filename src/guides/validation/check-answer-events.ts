import {
  initialTransition,
  transition,
  type AnyEventObject,
  type AnyMachineSnapshot,
  type AnyStateMachine,
} from 'xstate';
import { answerValuesFor } from '../../machine/guide-events';
import { eventForAnswer, valueSeparator } from '../../machine/replay';
import type { StepMeta } from '../../machine/step-meta';
import { handlesEvent } from './check-answer-options';
import type { Problem } from './guide-problem';
import { reachableFrom, type StateGraph } from './state-graph';

/** Up to this many options, a multiple choice is tried with every combination of them. */
const maxCombinedOptions = 6;

/**
 * Each answer a step offers and the event it sends, as the app sends it: for a multiple choice
 * every combination of its options (a rule may need several together), when they are few.
 */
function answerEvents(step: StepMeta): { value: string; event: AnyEventObject | undefined }[] {
  const answer = step.answer;
  const first = answer?.options[0];
  if (step.kind === 'start') {
    return first
      ? [{ value: first.value, event: first.event ? { type: first.event } : undefined }]
      : [];
  }
  const values =
    answer?.type === 'multiple' && answer.options.length <= maxCombinedOptions
      ? [
          ...Array.from({ length: 2 ** answer.options.length - 1 }, (_, n) =>
            answer.options
              .filter((_, i) => (n + 1) & (1 << i))
              .map((o) => o.value)
              .join(valueSeparator),
          ),
          answer.none.value,
        ]
      : answerValuesFor(step);
  return values.map((value) => ({ value, event: eventForAnswer(step, value) }));
}

interface Visit {
  snapshot: AnyMachineSnapshot;
  /** The answers that led here: `step=value`. */
  trail: readonly string[];
}

const describeTrail = (trail: readonly string[]) =>
  trail.length === 0 ? 'no answers' : trail.join(' → ');

/**
 * The machine run answer by answer (every option of every step, in every context the answers
 * make): each option's event must be accepted where it is offered (`snapshot.can`: guards
 * included), and each step the graph can reach must be reached by some answers. Guides with a
 * cycle are not run (`checkStepGraph` reports it). Multiple choices are tried one option at a
 * time and with none, as the generated browser tests do.
 */
export function checkAnswerEvents(
  machine: AnyStateMachine,
  graph: StateGraph,
  file: string,
  maxStates = 5000,
): Problem[] {
  const problems: Problem[] = [];
  const reached = new Set<string>();
  const reported = new Set<string>();
  const seen = new Set<string>();
  const keyOf = (s: AnyMachineSnapshot) => JSON.stringify([s.value, s.context]);
  let complete = true;
  let queue: Visit[];
  try {
    const [initial] = initialTransition(machine);
    queue = [{ snapshot: initial, trail: [] }];
    seen.add(keyOf(initial));
  } catch (error) {
    return [{ file, message: `the machine cannot start: ${String(error)}` }];
  }

  while (queue.length > 0) {
    if (seen.size > maxStates) {
      problems.push({
        file,
        message: `more than ${maxStates} different states (step and context) after answers: does the context grow with every answer?`,
      });
      complete = false;
      break;
    }
    const { snapshot, trail } = queue.shift()!;
    const state = graph.states.get(String(snapshot.value));
    if (!state) continue;
    reached.add(state.key);
    const step = state.step;
    if (snapshot.status !== 'active' || !step) continue;
    for (const { value, event } of answerEvents(step)) {
      // An event the state does not handle at all is `checkAnswerOptions`'s to report.
      if (!event || !handlesEvent(state, event.type)) continue;
      const said = `${step.id}|${value}`;
      const report = (message: string) => {
        if (reported.has(said)) return;
        reported.add(said);
        problems.push({ file, step: step.id, message });
      };
      if (!snapshot.can(event)) {
        report(
          `option "${value}" sends "${event.type}", which the machine refuses after ${describeTrail(trail)}: a guard lets no transition through`,
        );
        continue;
      }
      let next: AnyMachineSnapshot;
      try {
        [next] = transition(machine, snapshot, event);
      } catch (error) {
        report(
          `option "${value}" makes the machine fail after ${describeTrail(trail)}: ${String(error)}`,
        );
        continue;
      }
      const key = keyOf(next);
      if (seen.has(key)) continue;
      seen.add(key);
      const answered = step.kind === 'start' ? step.id : `${step.id}=${value}`;
      queue.push({ snapshot: next, trail: [...trail, answered] });
    }
  }

  if (complete && graph.initial !== undefined) {
    const reachable = reachableFrom(graph, [graph.initial]);
    for (const state of graph.states.values()) {
      if (state.step && reachable.has(state.key) && !reached.has(state.key)) {
        problems.push({
          file,
          step: state.step.id,
          message:
            'no answers reach this step: no option on the way sends an event that leads here, or a guard refuses it',
        });
      }
    }
  }
  return problems;
}
