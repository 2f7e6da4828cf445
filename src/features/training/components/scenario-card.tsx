import { useId, type ReactNode } from 'react';
import type { PracticeCase, ScenarioSection } from '../../../machine/guide-training';
import { levelLabels } from '../level-labels';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-5">
      <h3 className="text-lg font-bold">{title}</h3>
      <div className="mt-1">{children}</div>
    </section>
  );
}

function SectionBody({ section }: { section: ScenarioSection }) {
  return (
    <>
      {section.code ? (
        <p>
          <code className="rounded bg-slate-100 px-1 font-mono font-semibold break-all dark:bg-slate-800">
            {section.code}
          </code>
        </p>
      ) : null}
      {section.text ? <p className={section.code ? 'mt-1' : undefined}>{section.text}</p> : null}
      {section.logs?.map((log) => (
        <figure key={log.title} className="mt-3">
          <figcaption>
            <span className="font-semibold">{log.title}</span>
            <span className="block font-mono text-sm break-all text-slate-700 dark:text-slate-300">
              {log.source}
            </span>
          </figcaption>
          <pre className="mt-1 rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-[0.85rem] leading-relaxed whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere] [tab-size:4] dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100">
            {log.text}
          </pre>
        </figure>
      ))}
      {section.table ? (
        <table className="w-full max-w-xl text-left text-sm">
          <thead>
            <tr className="border-b border-slate-400">
              {section.table.columns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.table.rows.map((row) => (
              <tr key={row.join('|')} className="border-b border-slate-200 dark:border-slate-700">
                {row.map((value, i) => (
                  <td key={i} className={`py-1 pr-3 ${i === 0 ? 'font-mono break-all' : ''}`}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/**
 * A practice case's scenario card: what the trainee is told and shown, never the answer. A
 * section with `revealAt` shows only once the trainee has reached that step.
 */
export function ScenarioCard({
  practiceCase,
  reached = new Set(),
  id,
}: {
  practiceCase: PracticeCase;
  /** The steps the trainee has reached (the sections they reveal are shown). */
  reached?: ReadonlySet<string>;
  /** The card's id, for a link that jumps to it. */
  id?: string;
}) {
  const { card } = practiceCase;
  const titleId = useId();
  const hidden = card.sections.filter((s) => s.revealAt && !reached.has(s.revealAt)).length;
  return (
    <article
      id={id}
      aria-labelledby={titleId}
      className="scroll-mt-4 rounded-lg border-2 border-amber-600 bg-white p-4 sm:p-5 dark:border-amber-400 dark:bg-slate-900"
    >
      <p className="text-sm font-bold tracking-wide text-slate-700 uppercase dark:text-slate-300">
        Practice case · {levelLabels[practiceCase.level]} · made up for training
      </p>
      <h2 id={titleId} className="mt-1 text-xl font-bold">
        {practiceCase.title}
      </h2>
      <Section title="What the customer says">
        <blockquote className="border-l-4 border-slate-400 pl-3 italic dark:border-slate-500">
          <p>{card.customerReport}</p>
        </blockquote>
      </Section>
      {card.sections
        .filter((s) => !s.revealAt || reached.has(s.revealAt))
        .map((section) => (
          <Section key={section.heading} title={section.heading}>
            <SectionBody section={section} />
          </Section>
        ))}
      {hidden > 0 ? (
        <p className="mt-5 text-sm text-slate-700 dark:text-slate-300">
          More of the case is shown when you get there.
        </p>
      ) : null}
    </article>
  );
}
