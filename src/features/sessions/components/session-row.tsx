import { use, useState } from 'react';
import { useLocation } from 'react-router';
import { primaryButton, secondaryButton } from '../../../components/button-classes';
import { guideRegistry } from '../../../guides/guide-registry';
import type { GuideModel } from '../../../machine/guide-model';
import { replay } from '../../../machine/replay';
import { fieldStamp } from '../apply-intent';
import type { CaseSession } from '../session-record';
import { CaseDetailsForm } from './case-details-form';
import { sessionName, sessionTimeFormat } from './session-name';

interface SessionRowProps {
  session: CaseSession;
  /** Whether to say which guide the session works through (lists of several guides). */
  showGuide: boolean;
  onResume: (guide: GuideModel) => void;
  /** `seen`: the names' stamp when the form was opened (see `ActiveSessionApi.send`). */
  onRename: (details: { caseNumber?: string; label?: string }, seen: string) => void;
  onDelete: () => void;
  /** Saves this session to a file (the home page's list). */
  onExport?: () => void;
}

function causeOf(guide: GuideModel, session: CaseSession): string | undefined {
  return replay(guide, session.answers).trail.find((s) => s.kind === 'cause')?.shortTitle;
}

/** Where a session stands in its guide (the guide loads first). */
function SessionProgress({ guide, session }: { guide: GuideModel; session: CaseSession }) {
  const cause = causeOf(guide, session);
  return (
    <>
      <p className="text-slate-700 dark:text-slate-300">
        At: {guide.stepById(session.stepId)?.shortTitle ?? session.stepId}
      </p>
      {cause ? <p className="text-slate-700 dark:text-slate-300">Cause found: {cause}</p> : null}
    </>
  );
}

function ResumeButton({
  guideId,
  name,
  onResume,
}: {
  guideId: string;
  name: string;
  onResume: (guide: GuideModel) => void;
}) {
  // Loaded again after a failure only by a new navigation (the page's Retry).
  const guide = use(guideRegistry.loadGuide(guideId, useLocation().key));
  return (
    <button type="button" className={primaryButton} onClick={() => onResume(guide)}>
      Resume<span className="sr-only"> {name}</span>
    </button>
  );
}

function GuideTitle({ guideId }: { guideId: string }) {
  return use(guideRegistry.loadGuide(guideId, useLocation().key)).manifest.title;
}

function LoadedProgress({ guideId, session }: { guideId: string; session: CaseSession }) {
  const guide = use(guideRegistry.loadGuide(guideId, useLocation().key));
  return <SessionProgress guide={guide} session={session} />;
}

/** One recent case session: where it stands, and Resume, Rename, Delete. */
export function SessionRow({
  session,
  showGuide,
  onResume,
  onRename,
  onDelete,
  onExport,
}: SessionRowProps) {
  // The names' stamp when the form was opened (null: closed).
  const [renameSeen, setRenameSeen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const name = sessionName(session);
  const entry = guideRegistry.guideById(session.guideId);

  if (renameSeen !== null) {
    return (
      <CaseDetailsForm
        caseNumber={session.caseNumber}
        label={session.label}
        submitLabel="Save"
        onCancel={() => setRenameSeen(null)}
        onSubmit={(details) => {
          onRename(details, renameSeen);
          setRenameSeen(null);
        }}
      />
    );
  }
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <h3 className="text-lg font-semibold break-words">{name}</h3>
        {session.caseNumber && session.label ? (
          <p className="break-words">{session.label}</p>
        ) : null}
        {showGuide || !entry ? (
          <p className="text-slate-700 dark:text-slate-300">
            Guide:{' '}
            {entry ? (
              <GuideTitle guideId={entry.id} />
            ) : (
              `${session.guideId} (not in this version of the app)`
            )}
          </p>
        ) : null}
        {entry ? <LoadedProgress guideId={session.guideId} session={session} /> : null}
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Last change {sessionTimeFormat.format(new Date(session.updatedAt))}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {entry ? <ResumeButton guideId={session.guideId} name={name} onResume={onResume} /> : null}
        <button
          type="button"
          className={secondaryButton}
          onClick={() => setRenameSeen(fieldStamp(session, 'name'))}
        >
          Rename<span className="sr-only"> {name}</span>
        </button>
        {onExport ? (
          <button type="button" className={secondaryButton} onClick={onExport}>
            Export<span className="sr-only"> {name}</span>
          </button>
        ) : null}
        {confirming ? (
          <span className="flex items-center gap-2">
            <span>Delete?</span>
            <button type="button" className={secondaryButton} onClick={onDelete}>
              Yes, delete<span className="sr-only"> {name}</span>
            </button>
            <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
              No
            </button>
          </span>
        ) : (
          <button type="button" className={secondaryButton} onClick={() => setConfirming(true)}>
            Delete<span className="sr-only"> {name}</span>
          </button>
        )}
      </div>
    </div>
  );
}
