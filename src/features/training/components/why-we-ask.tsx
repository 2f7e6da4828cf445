import { AddedGuidance } from '../../../components/added-guidance';
import type { WhyWeAskEntry } from '../../../machine/guide-training';

/**
 * "Why we ask this", collapsed under a question: what the answer decides, the TSG's own
 * reasoning quoted, and this tool's additions marked as added guidance.
 */
export function WhyWeAsk({ entry }: { entry: WhyWeAskEntry }) {
  return (
    <details className="no-print my-6 max-w-[42rem] rounded-md border border-slate-300 px-4 py-2 dark:border-slate-600">
      <summary className="cursor-pointer py-1 font-semibold text-brand-700 dark:text-sky-300">
        Why we ask this
      </summary>
      <div className="pt-2 pb-1">
        <p className="my-2">{entry.decides}</p>
        {entry.tsg?.length ? (
          <figure className="my-3">
            <figcaption className="text-sm font-bold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              The TSG says
            </figcaption>
            {entry.tsg.map((quote) => (
              <blockquote
                key={quote}
                className="my-2 border-l-4 border-slate-400 pl-3 italic dark:border-slate-500"
              >
                <p>{quote}</p>
              </blockquote>
            ))}
          </figure>
        ) : null}
        {entry.added?.length ? (
          <AddedGuidance>
            {entry.added.map((text) => (
              <p key={text} className="my-2">
                {text}
              </p>
            ))}
          </AddedGuidance>
        ) : null}
      </div>
    </details>
  );
}
