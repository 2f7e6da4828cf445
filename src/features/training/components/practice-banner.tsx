import { Link } from 'react-router';
import { linkClass } from '../../../components/link-classes';

/**
 * Marks every screen of a practice case: the trainee is in practice mode, what that means, and
 * the way out. On a narrow screen, where the case card comes after the step, a link jumps to it.
 */
export function PracticeBanner({
  title,
  cardId,
  practiceListHref,
}: {
  title: string;
  /** The scenario card's id, when it is on the screen. */
  cardId?: string;
  practiceListHref: string;
}) {
  return (
    <section
      aria-label="Practice mode"
      className="no-print mb-6 rounded-md border-2 border-amber-600 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950/60"
    >
      <p className="font-bold">
        <span className="mr-2 rounded bg-amber-700 px-2 py-0.5 text-sm tracking-wide text-white uppercase dark:bg-amber-300 dark:text-slate-950">
          Practice mode
        </span>
        {title}
      </p>
      <p className="mt-1 text-sm">
        A made-up case for training. Nothing here is saved as a case session; your result goes into
        your training progress in this browser.
      </p>
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
        {cardId ? (
          <a href={`#${cardId}`} className={`lg:hidden ${linkClass}`}>
            Read the case
          </a>
        ) : null}
        <Link to={practiceListHref} className={linkClass}>
          Leave practice
        </Link>
      </p>
    </section>
  );
}
