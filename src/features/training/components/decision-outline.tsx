import { useMemo } from 'react';
import { Link } from 'react-router';
import type { DecisionGraph } from '../decision-graph';
import { kindLabels } from '../kind-labels';
import { pathHighlight } from '../path-highlight';
import { routesFrom, stepNumbers, type RouteBranch } from '../route-tree';
import { linkClass } from '../../../components/link-classes';

export interface DecisionOutlineProps {
  graph: DecisionGraph;
  /** The link of a step's reference view. */
  hrefFor: (stepId: string) => string;
  /** The steps of a path taken, in order. */
  highlight?: readonly string[];
  answers?: Readonly<Record<string, string>>;
  /** Prefix of the ids of the outline's entries (`<prefix>-<step id>`), unique on the page. */
  idPrefix?: string;
}

/**
 * The decision map as text: every step in order, each with its answers and where each leads
 * (through decision points, whose rules are spelled out). Plain nested lists and links, so it
 * reads with a screen reader and is walked with Tab; "go to" links jump within the outline.
 */
export function DecisionOutline({
  graph,
  hrefFor,
  highlight = [],
  answers,
  idPrefix = 'outline',
}: DecisionOutlineProps) {
  const numbers = useMemo(() => stepNumbers(graph), [graph]);
  const path = useMemo(() => pathHighlight(graph, highlight, answers), [graph, highlight, answers]);
  const steps = graph.nodes.filter((n) => n.kind !== 'decision');
  const anchor = (id: string) => `${idPrefix}-${id}`;

  const branches = (list: readonly RouteBranch[]) => (
    <ul className="mt-1 space-y-1 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
      {list.map(({ edge, target, then }) => {
        const taken = path.edges.has(edge.id);
        return (
          <li key={edge.id}>
            <span className={taken ? 'font-semibold' : undefined}>
              {edge.kind === 'rule' ? `“${edge.label}”` : edge.label}
            </span>
            {taken ? <span className="text-brand-700 dark:text-sky-300"> (taken)</span> : null}
            {' → '}
            {target.kind === 'decision' ? (
              <>
                <span className="text-violet-800 dark:text-violet-300">{kindLabels.decision}:</span>{' '}
                <span className="italic">{target.label}</span>
                {then ? branches(then) : null}
              </>
            ) : (
              <a href={`#${anchor(target.id)}`} className={linkClass}>
                {numbers.get(target.id)}. {target.label}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );

  return (
    <ol className="space-y-4">
      {steps.map((node) => {
        const onPath = path.nodes.has(node.id);
        const next = routesFrom(graph, node.id);
        return (
          <li
            key={node.id}
            id={anchor(node.id)}
            tabIndex={-1}
            className={`scroll-mt-4 rounded-md border-l-4 py-1 pl-3 ${
              onPath
                ? 'border-brand-700 bg-brand-50 dark:border-sky-300 dark:bg-slate-900'
                : 'border-transparent'
            }`}
          >
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-semibold tabular-nums">{numbers.get(node.id)}.</span>
              <span className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
                {kindLabels[node.kind]}
              </span>
              <Link to={hrefFor(node.id)} className={linkClass}>
                {node.title}
              </Link>
              {onPath ? (
                <span className="text-sm font-semibold text-brand-700 dark:text-sky-300">
                  On the path taken
                </span>
              ) : null}
            </p>
            {next.length > 0 ? (
              branches(next)
            ) : (
              <p className="mt-1 text-slate-700 dark:text-slate-300">The guide ends here.</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
