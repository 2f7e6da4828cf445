import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { parseGuideQuery } from '../../features/guide/links/guide-query';
import { stepHref, stepPathname } from '../../features/guide/links/guide-href';
import { useGuideSession } from '../../features/sessions/active/use-guide-session';
import { DecisionMap } from '../../features/training/components/decision-map';
import { DecisionOutline } from '../../features/training/components/decision-outline';
import { decisionGraph } from '../../features/training/decision-graph';
import type { GuideModel } from '../../machine/guide-model';
import type { Answers } from '../../machine/guide-snapshot';
import { replay } from '../../machine/replay';
import type { StepMeta } from '../../machine/step-meta';
import { useDocumentTitle } from '../use-document-title';
import { TrainingPageHeader } from './training-page-header';
import { linkClass } from '../../components/link-classes';

type Shown =
  | { kind: 'none' }
  | { kind: 'bad-link' }
  | { kind: 'link' | 'session'; trail: readonly string[]; answers: Answers; at: StepMeta };

/** The path to highlight: the link's answers (from a step's "See this on the decision map"), or
 * this tab's case session, up to the step it is on. */
function pathToShow(
  guide: GuideModel,
  search: string,
  session: { answers: Answers; stepId: string } | null,
): Shown {
  const replayTo = (answers: Answers, stopAt?: string) => {
    const { trail, used } = replay(guide, answers, stopAt);
    const usedAnswers = Object.fromEntries(used.map((id) => [id, answers[id]!]));
    return { trail: trail.map((s) => s.id), answers: usedAnswers, at: trail.at(-1)! };
  };
  if (search.length > 1) {
    const { query, problems } = parseGuideQuery(guide, search);
    if (problems.length > 0) return { kind: 'bad-link' };
    if (Object.keys(query.answers).length > 0) return { kind: 'link', ...replayTo(query.answers) };
  }
  if (session) return { kind: 'session', ...replayTo(session.answers, session.stepId) };
  return { kind: 'none' };
}

/**
 * The guide's decision map, drawn from its machine, and the same as an outline. Opened from a
 * step with answers, or in a tab working on a case session, it highlights the path taken.
 */
export function MapPage({ guide }: { guide: GuideModel }) {
  const { search } = useLocation();
  const session = useGuideSession(guide);
  useDocumentTitle('Decision map', guide.manifest.title);
  const graph = useMemo(() => decisionGraph(guide), [guide]);
  const shown = useMemo(() => pathToShow(guide, search, session), [guide, search, session]);
  const highlight = shown.kind === 'link' || shown.kind === 'session' ? shown : undefined;
  const hrefFor = (stepId: string) => stepPathname(guide, guide.stepById(stepId)!);

  return (
    <div>
      <TrainingPageHeader guide={guide} current="map" />
      <h1 className="mb-3 text-3xl font-bold sm:text-4xl">Decision map</h1>
      <p className="mb-4 max-w-[42rem]">
        Every step of “{guide.manifest.title}” and where each answer leads, drawn from the guide’s
        own decision machine. Select a step to read it. The diamonds are the decisions the guide
        makes by itself from your earlier answers.
      </p>
      {highlight ? (
        <p
          role="note"
          className="mb-4 max-w-[42rem] rounded-md bg-brand-50 px-4 py-2 dark:bg-slate-800"
        >
          Highlighted: the path{' '}
          {highlight.kind === 'session'
            ? `of this tab's case session${session?.caseNumber ? ` (case ${session.caseNumber})` : ''}`
            : 'of the answers in the link you followed'}
          , up to “{highlight.at.title}”.{' '}
          <Link to={stepHref(guide, highlight.at, highlight.answers)} className={linkClass}>
            Back to that step
          </Link>
        </p>
      ) : null}
      {shown.kind === 'bad-link' ? (
        <p
          role="note"
          className="mb-4 max-w-[42rem] rounded-md bg-slate-100 px-4 py-2 dark:bg-slate-800"
        >
          The answers in this link do not fit this guide, so no path is highlighted.
        </p>
      ) : null}
      <DecisionMap
        graph={graph}
        hrefFor={hrefFor}
        highlight={highlight?.trail}
        answers={highlight?.answers}
        label={`Decision map of ${guide.manifest.title}`}
        outlineId="map-outline"
        centreOn={highlight?.at.id}
      />
      <section aria-labelledby="map-outline" className="mt-10">
        <h2 id="map-outline" tabIndex={-1} className="mb-2 text-2xl font-bold">
          The map as a list
        </h2>
        <p className="mb-4 max-w-[42rem]">
          The same steps in order, each with its answers and where each leads; the decisions the
          guide makes by itself are spelled out under the answers that lead to them.
        </p>
        <DecisionOutline
          graph={graph}
          hrefFor={hrefFor}
          highlight={highlight?.trail}
          answers={highlight?.answers}
        />
      </section>
    </div>
  );
}
