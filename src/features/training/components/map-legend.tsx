import type { MapNodeKind } from '../decision-graph';
import { kindLabels } from '../kind-labels';
import { NodeShape } from './map-shapes';

const kinds: readonly MapNodeKind[] = ['question', 'instruction', 'cause', 'end', 'decision'];

/** What the map's shapes mean. */
export function MapLegend({
  showPath,
  showExpected = false,
}: {
  showPath: boolean;
  showExpected?: boolean;
}) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-800 dark:text-slate-200">
      {kinds.map((kind) => (
        <li key={kind} className="flex items-center gap-2">
          <svg width="34" height="22" viewBox="-17 -11 34 22" aria-hidden="true">
            <NodeShape
              kind={kind}
              width={kind === 'decision' ? 30 : 32}
              height={kind === 'decision' ? 20 : 18}
            />
          </svg>
          {kindLabels[kind]}
        </li>
      ))}
      {showPath ? (
        <li className="flex items-center gap-2">
          <svg width="34" height="22" viewBox="-17 -11 34 22" aria-hidden="true">
            <NodeShape kind="question" width={30} height={16} mark="path" />
          </svg>
          {showExpected ? 'Your path' : 'The path taken'}
        </li>
      ) : null}
      {showExpected ? (
        <li className="flex items-center gap-2">
          <svg width="34" height="22" viewBox="-17 -11 34 22" aria-hidden="true">
            <NodeShape kind="question" width={30} height={16} mark="expected" />
          </svg>
          The expected path, where it differs
        </li>
      ) : null}
    </ul>
  );
}
