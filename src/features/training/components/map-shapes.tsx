import type { MapNodeKind } from '../decision-graph';

/**
 * The map's node shapes, one per kind, told apart by outline as well as colour (they read in
 * black and white): a question is a box, an instruction a dashed box, a cause a box with a thick
 * left bar, an end a rounded pill with a double outline, the start a pill, a decision a diamond.
 */

const fills: Record<MapNodeKind, string> = {
  start: 'fill-slate-100 dark:fill-slate-800',
  question: 'fill-white dark:fill-slate-900',
  instruction: 'fill-white dark:fill-slate-900',
  cause: 'fill-amber-50 dark:fill-amber-950',
  end: 'fill-emerald-50 dark:fill-emerald-950',
  decision: 'fill-violet-50 dark:fill-violet-950',
};
const strokes: Record<MapNodeKind, string> = {
  start: 'stroke-slate-600 dark:stroke-slate-400',
  question: 'stroke-sky-800 dark:stroke-sky-400',
  instruction: 'stroke-slate-600 dark:stroke-slate-400',
  cause: 'stroke-amber-800 dark:stroke-amber-400',
  end: 'stroke-emerald-800 dark:stroke-emerald-400',
  decision: 'stroke-violet-800 dark:stroke-violet-300',
};

/**
 * The path taken: a thick outline in the brand colour (thickness alone tells it in print); the
 * expected path of a practice case, where it differs: a thick dashed green outline.
 */
const marks = {
  path: 'stroke-brand-700 stroke-[4] dark:stroke-sky-300',
  expected: 'stroke-emerald-700 stroke-[4] dark:stroke-emerald-400',
};

export function NodeShape({
  kind,
  width,
  height,
  mark,
}: {
  kind: MapNodeKind;
  width: number;
  height: number;
  mark?: 'path' | 'expected';
}) {
  const cls = `${fills[kind]} ${mark ? marks[mark] : `${strokes[kind]} stroke-[1.5]`}`;
  const dash = mark === 'expected' ? '8 4' : undefined;
  const x = -width / 2;
  const y = -height / 2;
  switch (kind) {
    case 'decision':
      return (
        <polygon
          points={`0,${y} ${width / 2},0 0,${height / 2} ${x},0`}
          className={cls}
          strokeDasharray={dash}
          strokeLinejoin="round"
        />
      );
    case 'end':
      return (
        <>
          <rect
            x={x}
            y={y}
            width={width}
            height={height}
            rx={height / 2}
            className={cls}
            strokeDasharray={dash}
          />
          <rect
            x={x + 4}
            y={y + 4}
            width={width - 8}
            height={height - 8}
            rx={(height - 8) / 2}
            className={`fill-none stroke-1 ${strokes.end}`}
          />
        </>
      );
    case 'start':
      return (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          rx={height / 2}
          className={cls}
          strokeDasharray={dash}
        />
      );
    case 'cause':
      return (
        <>
          <rect
            x={x}
            y={y}
            width={width}
            height={height}
            rx={4}
            className={cls}
            strokeDasharray={dash}
          />
          <rect
            x={x}
            y={y}
            width={7}
            height={height}
            rx={2}
            className="fill-amber-800 dark:fill-amber-400"
          />
        </>
      );
    case 'instruction':
      return (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          rx={4}
          strokeDasharray={dash ?? '6 3'}
          className={cls}
        />
      );
    default:
      return (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          rx={4}
          className={cls}
          strokeDasharray={dash}
        />
      );
  }
}
