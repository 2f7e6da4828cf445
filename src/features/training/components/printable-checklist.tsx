import { Fragment, useId, type ReactNode } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import type { StepMeta } from '../../../machine/step-meta';
import type { DecisionGraph } from '../decision-graph';
import { kindLabels } from '../kind-labels';
import { routesFrom, type RouteBranch } from '../route-tree';

export interface PrintableChecklistProps {
  title: string;
  /** The guide's steps, in the machine's order. */
  steps: readonly StepMeta[];
  /** The phases, in the guide's order: one part (and one printed page or more) each. */
  phases: readonly { id: string; label: string }[];
  /** A step's content: its TSG text and remediation checklists. */
  renderStep?: (step: StepMeta) => ReactNode;
  /** The decision graph: says where each answer leads ("go to step 8"). */
  graph?: DecisionGraph;
}

/** An empty box to tick on paper. */
function Box() {
  return (
    <span
      aria-hidden="true"
      className="mt-0.5 inline-block size-4 shrink-0 border-2 border-slate-900 bg-white dark:border-slate-100 dark:bg-slate-900 print:border-black print:bg-white"
    />
  );
}

/**
 * The whole guide as one printable checklist, in the style of GOV.UK's step-by-step
 * navigation: numbered steps on a line, grouped by phase, each phase starting on a new page;
 * every question with its answers as empty boxes and where each leads; every remediation with
 * its checklist. Black on white in print, so it reads on any printer.
 */
export function PrintableChecklist({
  title,
  steps,
  phases,
  renderStep,
  graph,
}: PrintableChecklistProps) {
  const uid = useId();
  const number = new Map(steps.map((s, i) => [s.id, i + 1]));
  const parts = phases
    .map((phase) => ({ phase, steps: steps.filter((s) => s.phase === phase.id) }))
    .filter((p) => p.steps.length > 0);

  /** Where a branch leads; a decision point's own branches only when `nested`. */
  const destination = (branch: RouteBranch, nested: boolean): ReactNode => {
    const { target, then } = branch;
    if (target.kind !== 'decision') {
      return (
        <>
          go to step {number.get(target.id)}: {target.label}
        </>
      );
    }
    return (
      <>
        then <em>{target.label}</em>
        {nested ? branches(then ?? []) : ' (below)'}
      </>
    );
  };
  const branches = (list: readonly RouteBranch[]) => (
    <ul className="mt-1 ml-4 list-disc space-y-0.5 pl-4">
      {list.map((b) => (
        <li key={b.edge.id}>
          “{b.edge.label}” → {destination(b, true)}
        </li>
      ))}
    </ul>
  );

  const answers = (step: StepMeta) => {
    const routes = graph ? routesFrom(graph, step.id) : [];
    const routeOf = (value: string) =>
      routes.filter((r) => r.edge.values.length > 0 && r.edge.values.includes(value));
    const answer = step.answer;
    if (!answer) {
      return <p className="mt-2 font-semibold">The guide ends here.</p>;
    }
    // A checklist's "none" is ticking nothing: not a box of its own.
    const options =
      answer.type === 'multiple' && !answer.checklist
        ? [...answer.options, answer.none]
        : [...answer.options];
    const instruction =
      answer.type === 'multiple'
        ? answer.checklist
          ? 'Tick each one that holds:'
          : 'Tick all that apply:'
        : answer.type === 'single'
          ? 'Tick one:'
          : 'When done, tick:';
    const anyAnswer = routes.filter((r) => r.edge.values.length === 0);
    // A decision point several options lead to is spelled out once, after the options.
    const decisions = [
      ...new Map(
        routes.filter((r) => r.target.kind === 'decision').map((r) => [r.target.id, r]),
      ).values(),
    ];
    return (
      <div className="mt-3 break-inside-avoid">
        <p className="font-semibold">
          {answer.type === 'single' && answer.prompt ? `${answer.prompt} ` : ''}
          {instruction}
        </p>
        <ul className="mt-1 space-y-1">
          {options.map((o) => (
            <li key={o.value} className="flex items-start gap-2">
              <Box />
              <span>
                {o.label}
                {routeOf(o.value).map((r) => (
                  <Fragment key={r.edge.id}> → {destination(r, false)}</Fragment>
                ))}
              </span>
            </li>
          ))}
        </ul>
        {anyAnswer.map((r) => (
          <p key={r.edge.id} className="mt-2">
            {r.edge.label} → {destination(r, false)}
          </p>
        ))}
        {decisions.map((r) => (
          <div key={r.target.id} className="mt-2">
            <p>
              <em>{r.target.label}</em>
            </p>
            {branches(r.then ?? [])}
          </div>
        ))}
      </div>
    );
  };

  return (
    <article className="text-slate-900 dark:text-slate-100 print:text-black">
      <header className="mb-6">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="mt-2 max-w-[42rem]">
          Every step of the guide, in order, with its answers and where each leads. Tick the boxes
          as you go, on paper or while shadowing a case.
        </p>
        <dl className="mt-4 grid max-w-[42rem] grid-cols-[auto_1fr] gap-x-3 gap-y-3">
          {['Case number', 'Engineer', 'Date'].map((field) => (
            <Fragment key={field}>
              <dt className="font-semibold">{field}:</dt>
              <dd className="border-b border-slate-700 dark:border-slate-300 print:border-black">
                &nbsp;
              </dd>
            </Fragment>
          ))}
        </dl>
        <button
          type="button"
          className={`no-print mt-4 ${secondaryButton}`}
          onClick={() => window.print()}
        >
          Print this checklist
        </button>
      </header>
      {parts.map(({ phase, steps: partSteps }, index) => (
        <section
          key={phase.id}
          aria-labelledby={`${uid}-${phase.id}`}
          className={index > 0 ? 'mt-10 break-before-page print:mt-0' : ''}
        >
          <h2 id={`${uid}-${phase.id}`} className="mb-4 text-2xl font-bold">
            Part {index + 1} of {parts.length}: {phase.label}
          </h2>
          <ol className="space-y-0">
            {partSteps.map((step, i) => (
              <li
                key={step.id}
                className={`relative pb-8 pl-14 ${
                  i < partSteps.length - 1
                    ? 'before:absolute before:top-10 before:bottom-1 before:left-[1.1rem] before:border-l-2 before:border-slate-500 print:before:border-black'
                    : ''
                }`}
              >
                <span
                  aria-hidden="true"
                  className="absolute top-0 left-0 flex size-9 items-center justify-center rounded-full border-2 border-slate-800 bg-white font-bold text-slate-900 dark:border-slate-200 dark:bg-slate-900 dark:text-slate-100 print:border-black print:bg-white print:text-black"
                >
                  {number.get(step.id)}
                </span>
                <h3 className="pt-1 text-xl font-bold">
                  <span className="sr-only">Step {number.get(step.id)}: </span>
                  {step.title}
                </h3>
                <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300 print:text-black">
                  {kindLabels[step.kind]}
                </p>
                {renderStep ? <div className="mt-2">{renderStep(step)}</div> : null}
                {answers(step)}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
