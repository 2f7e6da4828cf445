import { secondaryButton } from '../../components/button-classes';
import type { GuideModel } from '../../machine/guide-model';
import type { EvidenceKeeping } from './use-evidence-keeping';

/** The analyzer's word on the case session: where kept lines go, or how to keep them. */
export function AnalyzerCaseSession({
  guide,
  keeping,
}: {
  guide: GuideModel;
  keeping: EvidenceKeeping;
}) {
  return (
    <section
      aria-labelledby="analyzer-case-session"
      className="my-6 space-y-2 rounded-md border border-slate-300 px-4 py-3 dark:border-slate-600"
    >
      <h2 id="analyzer-case-session" className="text-lg font-bold">
        Case session
      </h2>
      {keeping.problem ? (
        <p
          role="alert"
          className="rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 dark:border-red-400 dark:bg-red-950/50"
        >
          {keeping.problem}
        </p>
      ) : null}
      {keeping.inSession ? (
        <p>
          Lines you keep as evidence go into this tab’s case session
          {keeping.caseNumber ? ` (case ${keeping.caseNumber})` : ''}: they show on the step they
          answer and in the case note, and are kept after a reload. Nothing else from the logs is
          stored.
        </p>
      ) : (
        <>
          <p>
            {keeping.otherGuide
              ? `This tab’s case session is for another guide, not “${guide.manifest.title}”.`
              : 'This tab has no case session.'}{' '}
            Lines you keep as evidence stay on this page only, and are gone once you leave or reload
            it. Start a case session to keep them with your answers.
          </p>
          <button type="button" className={secondaryButton} onClick={keeping.startSession}>
            Start a case session
          </button>
        </>
      )}
    </section>
  );
}
