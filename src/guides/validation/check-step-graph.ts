import type { Problem } from './guide-problem';
import {
  cyclesIn,
  reachableFrom,
  stateName,
  statesThatCanEnd,
  type StateGraph,
} from './state-graph';

/**
 * The way through a guide: every step can be reached from the start and can reach an end, and
 * the steps never go round in a circle (the progress indicator counts the steps still ahead,
 * `GuideModel.remainingSteps`, which needs a graph without cycles).
 */
export function checkStepGraph(graph: StateGraph, file: string): Problem[] {
  const problems: Problem[] = [];
  const reachable = reachableFrom(graph, graph.initial === undefined ? [] : [graph.initial]);
  const canEnd = statesThatCanEnd(graph);
  for (const state of graph.states.values()) {
    // A decision has no step id: the problem names its state.
    const what = state.step ? '' : `decision "${state.key}": `;
    if (graph.initial !== undefined && !reachable.has(state.key)) {
      problems.push({
        file,
        step: state.step?.id,
        message: `${what}unreachable: no answer leads here from the start`,
      });
    }
    if (!state.final && !canEnd.has(state.key)) {
      problems.push({
        file,
        step: state.step?.id,
        message: `${what}dead end: no end step can be reached from here, whatever the answers`,
      });
    }
  }
  for (const cycle of cyclesIn(graph)) {
    const states = cycle.map((key) => graph.states.get(key)!);
    problems.push({
      file,
      step: states.find((s) => s.step)?.step!.id,
      message: `cycle: ${states.map(stateName).join(' → ')}: a guide only moves forward (go back with Back, or change an answer)`,
    });
  }
  return problems;
}
