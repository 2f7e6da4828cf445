import type { StepView } from '../links/resolve-step';

/**
 * Where the engineer is in the guide: its phases, and an honest count of the screens left, read
 * off the machine (the fewest and the most, since answers decide the way). A phase is done when
 * a step of it was answered on the way here: a phase the answers skipped (no remediation before
 * the other known issues, say) is not.
 */
export function ProgressIndicator({ view }: { view: StepView }) {
  const { guide, step, history } = view;
  const phases = guide.manifest.phases;
  const current = phases.findIndex((p) => p.id === step.phase);
  const answered = new Set(history.map((h) => h.step.phase));
  const { min, max } = guide.remainingSteps(step.id);
  const remaining =
    max === 0
      ? 'This is the last step.'
      : min === max
        ? `${max} more ${max === 1 ? 'step' : 'steps'} to the end.`
        : `${min} to ${max} more steps to the end, depending on your answers.`;
  return (
    <nav aria-label="Progress" className="text-sm">
      <ol className="flex flex-wrap gap-x-1 gap-y-1">
        {phases.map((phase, index) => {
          const state = index === current ? 'current' : answered.has(phase.id) ? 'done' : 'todo';
          return (
            <li
              key={phase.id}
              aria-current={state === 'current' ? 'step' : undefined}
              className={`flex items-center gap-1 rounded-full px-2.5 py-0.5 ${
                state === 'current'
                  ? 'bg-brand-700 font-semibold text-white dark:bg-sky-300 dark:text-slate-950'
                  : state === 'done'
                    ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-sky-200'
                    : 'text-slate-700 dark:text-slate-300'
              }`}
            >
              <span aria-hidden="true">{state === 'done' ? '✓' : `${index + 1}`}</span>
              <span>
                {phase.label}
                {state === 'done' ? <span className="sr-only"> (done)</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{remaining}</p>
    </nav>
  );
}
