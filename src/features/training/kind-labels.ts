import type { MapNodeKind } from './decision-graph';

/** How each kind of node is named on the map, in its legend, the outline and the checklist. */
export const kindLabels: Readonly<Record<MapNodeKind, string>> = {
  start: 'Start',
  question: 'Question',
  instruction: 'Instruction',
  cause: 'Cause',
  end: 'End',
  decision: 'Decision point',
};
