import { useId, type ReactNode } from 'react';
import type { PracticeCase } from '../practice-case';

const levels: Record<PracticeCase['level'], string> = {
  starter: 'Starter',
  practised: 'Practised',
  tricky: 'Tricky',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-5">
      <h3 className="text-lg font-bold">{title}</h3>
      <div className="mt-1">{children}</div>
    </section>
  );
}

/**
 * A practice case's scenario card: what the trainee is told and shown, never the answer.
 * What the retried backup did is shown only once the trainee reaches that question.
 */
export function ScenarioCard({
  practiceCase,
  showAfterRemediation = false,
}: {
  practiceCase: PracticeCase;
  showAfterRemediation?: boolean;
}) {
  const { card } = practiceCase;
  const titleId = useId();
  return (
    <article
      aria-labelledby={titleId}
      className="rounded-lg border-2 border-slate-300 bg-white p-4 sm:p-6 dark:border-slate-600 dark:bg-slate-900"
    >
      <p className="text-sm font-bold tracking-wide text-slate-700 uppercase dark:text-slate-300">
        Practice case · {levels[practiceCase.level]} · made up for training
      </p>
      <h2 id={titleId} className="mt-1 text-2xl font-bold">
        {practiceCase.title}
      </h2>

      <Section title="What the customer says">
        <blockquote className="border-l-4 border-slate-400 pl-3 italic dark:border-slate-500">
          <p>{card.customerReport}</p>
        </blockquote>
      </Section>

      <Section title="The failed backup job">
        <p>
          <code className="rounded bg-slate-100 px-1 font-mono font-semibold break-all dark:bg-slate-800">
            {card.backupError.code}
          </code>
        </p>
        <p className="mt-1">{card.backupError.message}</p>
      </Section>

      <Section title="Log permission in ASC">
        <p>{card.logPermission}</p>
      </Section>

      <Section title="Collecting the logs">
        <p>{card.logCollection}</p>
      </Section>

      {card.logs.length > 0 ? (
        <Section title="In the logs, at the time of the failure">
          {card.logs.map((log) => (
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
        </Section>
      ) : null}

      <Section title="What a reboot did">
        <p>{card.reboot}</p>
      </Section>

      <Section title="msvcp120.dll and msvcr120.dll">
        {typeof card.dllDates === 'string' ? (
          <p>{card.dllDates}</p>
        ) : (
          <table className="w-full max-w-xl text-left text-sm">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-1 pr-3">
                  File
                </th>
                <th scope="col" className="py-1">
                  Modified
                </th>
              </tr>
            </thead>
            <tbody>
              {card.dllDates.map((d) => (
                <tr key={d.file} className="border-b border-slate-200 dark:border-slate-700">
                  <td className="py-1 pr-3 font-mono break-all">{d.file}</td>
                  <td className="py-1 whitespace-nowrap">{d.modified}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      {showAfterRemediation ? (
        <Section title="After the remediation">
          <p>{card.afterRemediation}</p>
        </Section>
      ) : null}
    </article>
  );
}
