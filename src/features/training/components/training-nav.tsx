import { Link } from 'react-router';
import type { GuideModel } from '../../../machine/guide-model';
import type { Answers } from '../../../machine/guide-snapshot';
import { mapHref, trainingHref, trainingPages, trainingPageTitles } from '../training-links';
import { linkClass } from '../../../components/link-classes';

/**
 * The guide's training pages, beside its steps: the decision map (with the path of the answers
 * that led here, when there are any), the glossary, the practice cases and the checklist.
 */
export function TrainingNav({ guide, answers }: { guide: GuideModel; answers?: Answers }) {
  const withPath = answers !== undefined && Object.keys(answers).length > 0;
  return (
    <nav aria-labelledby="training-nav" className="no-print">
      <h2 id="training-nav" className="mb-2 text-lg font-bold">
        Training
      </h2>
      <ul className="space-y-1.5">
        {withPath ? (
          <li>
            <Link to={mapHref(guide, answers)} className={linkClass}>
              See this on the decision map
            </Link>
          </li>
        ) : null}
        {trainingPages.map((page) => (
          <li key={page}>
            <Link to={trainingHref(guide, page)} className={linkClass}>
              {trainingPageTitles[page]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
