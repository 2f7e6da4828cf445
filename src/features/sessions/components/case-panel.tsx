import { Suspense, useState } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import { LoadBoundary } from '../../../components/load-boundary';
import { retryableLazy } from '../../../lib/retryable-lazy';
import { Link } from 'react-router';
import { stepHref } from '../../guide/links/guide-href';
import type { StepView } from '../../guide/links/resolve-step';
import { useActiveSession } from '../active/active-session-context';
import { useGuideSession } from '../active/use-guide-session';
import { fieldStamp } from '../apply-intent';
import { newSession, type CaseSession } from '../session-record';
import { conflictsLostBy } from '../session-writer';
import { CaseDetailsForm } from './case-details-form';
import { LostEdits } from './lost-edits';
import { StepNoteField } from './step-note-field';

// The case note (its builder and the content sources) loads only when first opened; a failed
// load says so in the panel, and is retried (`LoadBoundary`).
const CaseNoteDialog = retryableLazy(
  () => import('./case-note-dialog').then((m) => m.CaseNoteDialog),
  'the case note',
);

/** A case note needs a session; a tab without one gets a passing one built from its link. */
function passingSession(view: StepView): CaseSession {
  const { manifest } = view.guide;
  const init = {
    guideId: manifest.id,
    guideVersion: manifest.version,
    stepId: view.step.id,
    answers: view.answers,
  };
  return newSession(init, { id: 'unsaved', at: new Date().toISOString(), revision: 0 });
}

/** The case this tab works on: case number, notes on this step, the case note. */
export function CasePanel({ view }: { view: StepView }) {
  const { problem, send, editNote, commitNote, start, movedElsewhere, acknowledgeMove, tabId } =
    useActiveSession();
  const session = useGuideSession(view.guide);
  // The names' stamp when the form was opened (null: closed): another tab's rename since then
  // is told from a later one.
  const [renameSeen, setRenameSeen] = useState<string | null>(null);
  const [showNote, setShowNote] = useState(false);
  const answered = view.mode === 'answered';
  const { guide } = view;
  const movedTo = session && movedElsewhere ? guide.stepById(session.stepId) : undefined;
  const stepId = view.step.id;

  return (
    <section aria-labelledby="case-session" className="no-print space-y-4">
      <h2 id="case-session" className="text-lg font-bold">
        Case session
      </h2>
      {problem ? (
        <p
          role="alert"
          className="rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 dark:border-red-400 dark:bg-red-950/50"
        >
          {problem}
        </p>
      ) : null}
      {session && movedTo && movedTo.id !== view.step.id ? (
        <div
          role="status"
          className="rounded-md border-l-4 border-sky-700 bg-sky-50 px-3 py-2 dark:border-sky-300 dark:bg-sky-950/60"
        >
          <p>This case moved on in another tab, to “{movedTo.shortTitle}”.</p>
          <Link
            to={stepHref(guide, movedTo, session.answers, { returnTo: session.returnTo })}
            onClick={acknowledgeMove}
            className="font-medium underline"
          >
            Go there
          </Link>
        </div>
      ) : null}
      {session ? (
        <>
          <LostEdits conflicts={conflictsLostBy(session, tabId)} stepId={stepId} />
          {renameSeen !== null ? (
            <CaseDetailsForm
              caseNumber={session.caseNumber}
              label={session.label}
              submitLabel="Save"
              onCancel={() => setRenameSeen(null)}
              onSubmit={(details) => {
                send({ type: 'renamed', ...details }, { seen: renameSeen });
                setRenameSeen(null);
              }}
            />
          ) : (
            <div className="flex items-start justify-between gap-3">
              <p className="min-w-0 break-words">
                {session.caseNumber ? (
                  <strong>Case {session.caseNumber}</strong>
                ) : (
                  <span>No case number yet</span>
                )}
                {session.label ? <span className="block">{session.label}</span> : null}
              </p>
              <button
                type="button"
                className={secondaryButton}
                onClick={() => setRenameSeen(fieldStamp(session, 'name'))}
              >
                {session.caseNumber || session.label ? 'Edit' : 'Add case number'}
              </button>
            </div>
          )}
          <StepNoteField
            key={stepId}
            value={session.notes[stepId]?.text ?? ''}
            stamp={fieldStamp(session, `note:${stepId}`)}
            onEdit={(text, base) => editNote(stepId, text, base)}
            onCommit={(text, base) => commitNote(stepId, text, base)}
          />
        </>
      ) : (
        <div className="space-y-2">
          <p>This tab is not saving a case session: checklists and notes are not kept.</p>
          {answered ? (
            <button
              type="button"
              className={secondaryButton}
              onClick={() =>
                start({
                  guideId: guide.manifest.id,
                  guideVersion: guide.manifest.version,
                  stepId,
                  answers: { ...view.answers },
                })
              }
            >
              Save as a case session
            </button>
          ) : null}
        </div>
      )}
      {answered ? (
        <button type="button" className={secondaryButton} onClick={() => setShowNote(true)}>
          Copy case note…
        </button>
      ) : null}
      {showNote ? (
        <LoadBoundary what="The case note" episode="case-note-dialog">
          {(attempt) => (
            <Suspense fallback={<p role="status">Preparing the case note…</p>}>
              <CaseNoteDialog
                attempt={attempt}
                guide={guide}
                session={session ?? passingSession(view)}
                onClose={() => setShowNote(false)}
              />
            </Suspense>
          )}
        </LoadBoundary>
      ) : null}
    </section>
  );
}
