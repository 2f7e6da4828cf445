import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { Link } from 'react-router';
import { secondaryButton } from '../../../components/button-classes';
import type { DecisionGraph } from '../decision-graph';
import {
  defaultMapLayoutOptions,
  layoutDecisionMap,
  lineHeight as lineHeightOf,
  ruleGap,
  type Point,
  type PositionedEdge,
  type PositionedNode,
} from '../decision-map-layout';
import { kindLabels } from '../kind-labels';
import { pathHighlight } from '../path-highlight';
import { MapLegend } from './map-legend';
import { NodeShape } from './map-shapes';
import { linkClass } from '../../../components/link-classes';

export interface DecisionMapProps {
  /** The guide's decision graph (`decisionGraph(machine)`). */
  graph: DecisionGraph;
  /** The link of a step's reference view: a node opens it. */
  hrefFor: (stepId: string) => string;
  /** The steps of a path taken, in order: highlighted with the edges between them. */
  highlight?: readonly string[];
  /** That path's answers, keyed by step id: picks the edge an answer took among parallel ones. */
  answers?: Readonly<Record<string, string>>;
  /** Another path to show beside it (a practice case's expected path), with its answers. */
  expected?: { steps: readonly string[]; answers: Readonly<Record<string, string>> };
  /** The map's accessible name. */
  label?: string;
  /** The id of the outline that says the same in text, pointed to from the map. */
  outlineId?: string;
  /** The node the map opens on (in the middle of the view); else the start, at the top. */
  centreOn?: string;
}

const zoomLevels = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2] as const;
const { fontSize, labelFontSize, diamondSize, kindLineHeight } = defaultMapLayoutOptions;

/** A smooth line through dagre's points: straight ends, rounded bends. */
function edgePath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${first!.x},${first!.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i]!;
    const next = rest[i + 1]!;
    d += ` Q${p.x},${p.y} ${(p.x + next.x) / 2},${(p.y + next.y) / 2}`;
  }
  const last = rest.at(-1) ?? first!;
  return `${d} L${last.x},${last.y}`;
}

function safeId(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, '');
}

/**
 * The decision map, drawn as SVG from the machine's graph, top to bottom. Steps are links to
 * their reference views; decision points are diamonds with their rule; end states are pills
 * with a double outline. Zoom with the buttons; pan by scrolling (or dragging with a mouse).
 */
export function DecisionMap({
  graph,
  hrefFor,
  highlight = [],
  answers,
  expected,
  label = 'Decision map',
  outlineId,
  centreOn,
}: DecisionMapProps) {
  const layout = useMemo(() => layoutDecisionMap(graph, { fontSize, labelFontSize }), [graph]);
  const path = useMemo(() => pathHighlight(graph, highlight, answers), [graph, highlight, answers]);
  const other = useMemo(
    () => (expected ? pathHighlight(graph, expected.steps, expected.answers) : undefined),
    [graph, expected],
  );
  const markOf = (onPath: boolean, onOther: boolean | undefined): PathMark =>
    onPath ? 'path' : onOther ? 'expected' : undefined;
  const [zoom, setZoom] = useState(1);
  const scroller = useRef<HTMLDivElement>(null);
  const uid = safeId(useId());
  const arrow = `${uid}-arrow`;
  const arrowOnPath = `${uid}-arrow-path`;
  const arrowExpected = `${uid}-arrow-expected`;
  const captionId = `${uid}-caption`;
  usePanByDragging(scroller);

  // Zooming keeps the middle of the view where it is; the map opens with its start in view.
  const centre = useRef<Point | null>(null);
  const changeZoom = (next: number) => {
    const el = scroller.current;
    if (el) {
      centre.current = {
        x: (el.scrollLeft + el.clientWidth / 2) / zoom,
        y: (el.scrollTop + el.clientHeight / 2) / zoom,
      };
    }
    setZoom(next);
  };
  useLayoutEffect(() => {
    const el = scroller.current;
    const c = centre.current;
    if (!el || !c) return;
    el.scrollLeft = c.x * zoom - el.clientWidth / 2;
    el.scrollTop = c.y * zoom - el.clientHeight / 2;
    centre.current = null;
  }, [zoom]);
  const opening =
    layout.nodes.find((n) => n.id === centreOn) ?? layout.nodes.find((n) => n.id === graph.startId);
  const openX = opening?.x ?? 0;
  const openY = centreOn && opening ? opening.y : undefined;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const centre = () => {
      el.scrollLeft = openX - el.clientWidth / 2;
      if (openY !== undefined) el.scrollTop = openY - el.clientHeight / 2;
    };
    if (el.clientWidth > 0) {
      centre();
      return;
    }
    // Not laid out yet (a page hidden until the app's screen is in place): once it is.
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === 0) return;
      centre();
      observer.disconnect();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [openX, openY]);

  const zoomBy = (direction: 1 | -1) => {
    const index = zoomLevels.findIndex((z) => z >= zoom - 0.001);
    changeZoom(zoomLevels[Math.min(zoomLevels.length - 1, Math.max(0, index + direction))]!);
  };
  const fitWidth = () => {
    const width = scroller.current?.clientWidth ?? layout.width;
    changeZoom(Math.min(2, Math.max(0.3, (width - 4) / layout.width)));
  };

  // Drawn last, on top: the path taken, and before it the other path.
  const rank = (id: string) => (path.edges.has(id) ? 2 : other?.edges.has(id) ? 1 : 0);
  const edges = [...layout.edges].sort((a, b) => rank(a.id) - rank(b.id));

  return (
    <figure className="my-4" aria-labelledby={captionId}>
      <figcaption id={captionId} className="sr-only">
        {label}
        {outlineId ? '. The outline after the map says the same as a list.' : ''}
      </figcaption>
      <div className="no-print mb-3 flex flex-wrap items-center justify-between gap-3">
        <MapLegend showPath={highlight.length > 0} showExpected={expected !== undefined} />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <div role="group" aria-label="Zoom the map" className="flex items-center gap-2">
            <button
              type="button"
              className={secondaryButton}
              onClick={() => zoomBy(-1)}
              disabled={zoom <= zoomLevels[0]}
              aria-label="Zoom out"
            >
              −
            </button>
            <output aria-live="polite" className="w-12 text-center text-sm tabular-nums">
              {Math.round(zoom * 100)}%
            </output>
            <button
              type="button"
              className={secondaryButton}
              onClick={() => zoomBy(1)}
              disabled={zoom >= zoomLevels.at(-1)!}
              aria-label="Zoom in"
            >
              +
            </button>
            <button
              type="button"
              className={`whitespace-nowrap ${secondaryButton}`}
              onClick={fitWidth}
            >
              Fit width
            </button>
            <button
              type="button"
              className={`whitespace-nowrap ${secondaryButton}`}
              onClick={() => changeZoom(1)}
            >
              Actual size
            </button>
          </div>
          {outlineId ? (
            <a href={`#${outlineId}`} className={`text-sm whitespace-nowrap ${linkClass}`}>
              Skip to the outline
            </a>
          ) : null}
        </div>
      </div>
      <div
        ref={scroller}
        className="max-h-[80vh] cursor-grab overflow-auto overscroll-contain rounded-md border border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"
      >
        <svg
          width={Math.ceil(layout.width * zoom)}
          height={Math.ceil(layout.height * zoom)}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="mx-auto block"
          role="group"
          aria-labelledby={captionId}
        >
          <defs>
            <Arrow id={arrow} className="fill-slate-600 dark:fill-slate-400" />
            <Arrow id={arrowOnPath} className="fill-brand-700 dark:fill-sky-300" />
            <Arrow id={arrowExpected} className="fill-emerald-700 dark:fill-emerald-400" />
          </defs>
          <g aria-hidden="true">
            {edges.map((edge) => (
              <MapEdgeView
                key={edge.id}
                edge={edge}
                mark={markOf(path.edges.has(edge.id), other?.edges.has(edge.id))}
                marker={
                  path.edges.has(edge.id)
                    ? arrowOnPath
                    : other?.edges.has(edge.id)
                      ? arrowExpected
                      : arrow
                }
              />
            ))}
          </g>
          {layout.nodes.map((node) => (
            <MapNodeView
              key={node.id}
              node={node}
              mark={markOf(path.nodes.has(node.id), other?.nodes.has(node.id))}
              current={node.id === highlight.at(-1)}
              href={node.kind === 'decision' ? undefined : hrefFor(node.id)}
            />
          ))}
        </svg>
      </div>
    </figure>
  );
}

function Arrow({ id, className }: { id: string; className: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerUnits="userSpaceOnUse"
      markerWidth="11"
      markerHeight="11"
      orient="auto-start-reverse"
    >
      <path d="M0,0 L10,5 L0,10 z" className={className} />
    </marker>
  );
}

/** A node or edge on the path taken, on the other (expected) path only, or on neither. */
type PathMark = 'path' | 'expected' | undefined;

function MapEdgeView({
  edge,
  mark,
  marker,
}: {
  edge: PositionedEdge;
  mark: PathMark;
  marker: string;
}) {
  const box = edge.labelBox;
  const lh = lineHeightOf(labelFontSize);
  return (
    <g>
      <path
        d={edgePath(edge.points)}
        fill="none"
        markerEnd={`url(#${marker})`}
        strokeDasharray={mark === 'expected' ? '8 4' : edge.kind === 'rule' ? '5 3' : undefined}
        className={
          mark === 'path'
            ? 'stroke-brand-700 stroke-[3.5] dark:stroke-sky-300'
            : mark === 'expected'
              ? 'stroke-emerald-700 stroke-[3] dark:stroke-emerald-400'
              : 'stroke-slate-500 stroke-[1.5] dark:stroke-slate-500'
        }
      />
      <rect
        x={box.x - box.width / 2}
        y={box.y - box.height / 2}
        width={box.width}
        height={box.height}
        rx={3}
        className="fill-slate-50/90 dark:fill-slate-950/90"
      />
      <text
        x={box.x}
        y={box.y - ((edge.labelLines.length - 1) * lh) / 2}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={labelFontSize}
        className={
          mark === 'path'
            ? 'fill-brand-800 font-semibold dark:fill-sky-200'
            : mark === 'expected'
              ? 'fill-emerald-800 font-semibold dark:fill-emerald-300'
              : 'fill-slate-700 dark:fill-slate-300'
        }
      >
        {edge.labelLines.map((line, i) => (
          <tspan key={i} x={box.x} dy={i === 0 ? 0 : lh}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function MapNodeView({
  node,
  mark,
  current,
  href,
}: {
  node: PositionedNode;
  mark: PathMark;
  current: boolean;
  href?: string;
}) {
  const onPath = mark === 'path';
  const decision = node.kind === 'decision';
  const size = decision ? labelFontSize : fontSize;
  const lh = lineHeightOf(size);
  const top = -node.height / 2;
  // A step: its kind on top, its label below; a decision point: its rule beside the diamond.
  const firstLine = decision
    ? -((node.lines.length - 1) * lh) / 2
    : top + 8 + kindLineHeight + lh / 2;
  const body = decision ? (
    <>
      <NodeShape kind="decision" width={diamondSize} height={diamondSize} mark={mark} />
      <text
        x={diamondSize / 2 + ruleGap}
        y={firstLine}
        dominantBaseline="central"
        fontSize={size}
        className={`fill-violet-900 italic dark:fill-violet-200 ${mark ? 'font-semibold' : ''}`}
      >
        {node.lines.map((line, i) => (
          <tspan key={i} x={diamondSize / 2 + ruleGap} dy={i === 0 ? 0 : lh}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  ) : (
    <>
      <rect
        x={-node.width / 2 - 5}
        y={top - 5}
        width={node.width + 10}
        height={node.height + 10}
        rx={8}
        className="fill-none stroke-transparent stroke-[3] group-focus-visible:stroke-[#ffbf47]"
      />
      <NodeShape kind={node.kind} width={node.width} height={node.height} mark={mark} />
      <text
        y={top + 8 + kindLineHeight / 2 + 1}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={11}
        className="fill-slate-700 font-semibold tracking-wide uppercase dark:fill-slate-300"
      >
        {kindLabels[node.kind]}
        {current ? ' · you are here' : ''}
      </text>
      <text
        y={firstLine}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={size}
        className={`fill-slate-900 dark:fill-slate-100 ${mark ? 'font-semibold' : ''}`}
      >
        {node.lines.map((line, i) => (
          <tspan key={i} x={0} dy={i === 0 ? 0 : lh}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
  const transform = `translate(${node.x},${node.y})`;
  if (!href) {
    return (
      <g transform={transform} aria-hidden="true">
        {body}
      </g>
    );
  }
  const name = `${kindLabels[node.kind]}: ${node.title}${
    onPath ? ' (on the path taken)' : mark === 'expected' ? ' (on the expected path)' : ''
  }`;
  return (
    <Link
      to={href}
      aria-label={name}
      aria-current={current ? 'step' : undefined}
      className="group cursor-pointer outline-none"
    >
      <g transform={transform} className="group-hover:opacity-85">
        <title>{node.title}</title>
        {body}
      </g>
    </Link>
  );
}

/** Drag the map with a mouse to pan it; a drag never counts as a click on a node. */
function usePanByDragging(ref: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let drag: { x: number; y: number; left: number; top: number; moved: boolean } | null = null;
    let suppressClick = false;
    const down = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || e.button !== 0) return;
      drag = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop, moved: false };
    };
    const move = (e: PointerEvent) => {
      if (!drag) return;
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 6) return;
      if (!drag.moved) {
        drag.moved = true;
        el.setPointerCapture(e.pointerId);
        el.style.cursor = 'grabbing';
      }
      el.scrollLeft = drag.left - dx;
      el.scrollTop = drag.top - dy;
    };
    const up = () => {
      if (drag?.moved) {
        suppressClick = true;
        setTimeout(() => (suppressClick = false), 0);
      }
      drag = null;
      el.style.cursor = '';
    };
    // A link would otherwise start the browser's own drag and drop.
    const dragStart = (e: DragEvent) => e.preventDefault();
    const click = (e: MouseEvent) => {
      if (!suppressClick) return;
      e.preventDefault();
      e.stopPropagation();
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    el.addEventListener('click', click, true);
    el.addEventListener('dragstart', dragStart);
    return () => {
      el.removeEventListener('dragstart', dragStart);
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.removeEventListener('click', click, true);
    };
  }, [ref]);
}
