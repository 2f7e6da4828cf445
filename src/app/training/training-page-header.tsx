import { Link } from 'react-router';
import { guideStartHref } from '../../features/guide/links/guide-href';
import {
  trainingHref,
  trainingPages,
  trainingPageTitles,
  type TrainingPage,
} from '../../features/training/training-links';
import type { GuideModel } from '../../machine/guide-model';
import { linkClass } from '../../components/link-classes';

/** Above every training page: the way back to the guide, and the other training pages. */
export function TrainingPageHeader({
  guide,
  current,
}: {
  guide: GuideModel;
  current: TrainingPage;
}) {
  return (
    <nav aria-label="Training pages" className="no-print mb-6">
      <ul className="flex flex-wrap items-baseline gap-x-5 gap-y-2 text-sm">
        <li>
          <Link to={guideStartHref(guide)} className={linkClass}>
            <span aria-hidden="true">‹ </span>
            {guide.manifest.title}
          </Link>
        </li>
        {trainingPages.map((page) => (
          <li key={page}>
            {page === current ? (
              <span aria-current="page" className="font-bold">
                {trainingPageTitles[page]}
              </span>
            ) : (
              <Link to={trainingHref(guide, page)} className={linkClass}>
                {trainingPageTitles[page]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
