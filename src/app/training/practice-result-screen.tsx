import { use, useMemo, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { stepPathname } from '../../features/guide/links/guide-href';
import { useFocusOnNavigation } from '../../features/guide/components/use-focus-on-navigation';
import { DecisionMap } from '../../features/training/components/decision-map';
import { PracticeResult } from '../../features/training/components/practice-result';
import { decisionGraph } from '../../features/training/decision-graph';
import type { PracticeScore } from '../../features/training/score-walk';
import { whyWeAskOf } from '../../features/training/training-data';
import { practiceCaseBasePath, trainingHref } from '../../features/training/training-links';
import type { GuideModel } from '../../machine/guide-model';
import type { PracticeCase } from '../../machine/guide-training';
import { linkClass } from '../../components/link-classes';

/**
 * The end of a practice case: right or wrong, the first step where the trainee's path left the
 * expected one and why, the time taken, the Backs, what the case teaches, and both paths side by
 * side in words and on the decision map.
 */
export function PracticeResultScreen({
  guide,
  practiceCase,
  score,
  banner,
  recorded,
  unsaved,
}: {
  guide: GuideModel;
  practiceCase: PracticeCase;
  score: PracticeScore;
  banner: ReactNode;
  /** Whether the attempt went into the progress (not when the end was opened from a link). */
  recorded: boolean;
  /** Set when this browser would not save it. */
  unsaved: boolean;
}) {
  const whyWeAsk = use(whyWeAskOf.load(guide.manifest.id));
  const graph = useMemo(() => decisionGraph(guide), [guide]);
  const expected = useMemo(
    () => ({ steps: score.expectedTrail, answers: practiceCase.expected.answers }),
    [score.expectedTrail, practiceCase],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useFocusOnNavigation(heading, key);
  return (
    <div>
      {banner}
      <h1 ref={heading} tabIndex={-1} className="mb-6 text-3xl font-bold sm:text-4xl">
        Your result: {practiceCase.title}
      </h1>
      {!recorded ? (
        <p role="note" className="mb-4 rounded-md bg-slate-100 px-4 py-2 dark:bg-slate-800">
          This end was opened from a link, not reached by answering: it is not counted in your
          progress.
        </p>
      ) : unsaved ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-4 py-2 dark:bg-red-950/60">
          This browser would not save your result (its storage is full or turned off): it is not in
          your progress.
        </p>
      ) : null}
      <PracticeResult
        score={score}
        practiceCase={practiceCase}
        steps={guide.steps}
        whyWeAsk={whyWeAsk}
      />
      <p className="my-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link to={practiceCaseBasePath(guide, practiceCase.id)} className={linkClass}>
          Try this case again
        </Link>
        <Link to={trainingHref(guide, 'practice')} className={linkClass}>
          All practice cases
        </Link>
      </p>
      <section aria-labelledby="result-map" className="mt-8">
        <h2 id="result-map" className="mb-2 text-2xl font-bold">
          Your path and the expected path on the map
        </h2>
        <DecisionMap
          graph={graph}
          hrefFor={(id) => stepPathname(guide, guide.stepById(id)!)}
          highlight={score.trail}
          answers={score.answers}
          expected={expected}
          label="Your path and the expected path on the decision map"
          centreOn={score.divergence?.step.id}
        />
      </section>
    </div>
  );
}
