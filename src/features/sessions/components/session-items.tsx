import { Suspense, type Ref } from 'react';
import { useNavigate } from 'react-router';
import { replay } from '../../../machine/replay';
import { stepHref } from '../../guide/links/guide-href';
import { useActiveSession } from '../active/active-session-context';
import { resumeStepId } from '../resume-target';
import type { CaseSession } from '../session-record';
import { SessionRow } from './session-row';

interface SessionItemsProps {
  sessions: readonly CaseSession[];
  showGuide: boolean;
  /** Says whether a rename or a delete failed (null: it worked). */
  onMessage: (message: string | null) => void;
  /** Exports one session (the home page's rows). */
  onExport?: (session: CaseSession) => void;
  /** The item that takes the focus after "Show more" (the first one shown by it). */
  focusTarget?: { index: number; ref: Ref<HTMLLIElement> };
}

/** The list of sessions: resume, rename, delete (and export), each through the page's writer. */
export function SessionItems({
  sessions,
  showGuide,
  onMessage,
  onExport,
  focusTarget,
}: SessionItemsProps) {
  const { writer, resume, session: active, leave } = useActiveSession();
  const navigate = useNavigate();
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
      {sessions.map((s, i) => (
        <li
          key={s.id}
          className="py-4 focus:outline-2 focus:outline-offset-2"
          {...(focusTarget?.index === i ? { ref: focusTarget.ref, tabIndex: -1 } : {})}
        >
          <Suspense fallback={<p aria-busy="true">{s.caseNumber ?? s.label ?? 'Session'}</p>}>
            <SessionRow
              session={s}
              showGuide={showGuide}
              onResume={(guide) => {
                resume(s);
                // Where the engineer last was, with every answer of the session.
                const stepId = resumeStepId(s, (answers) => replay(guide, answers).trail);
                const step = guide.stepById(stepId) ?? guide.startStep;
                const returnTo = stepId === s.stepId ? s.returnTo : undefined;
                void navigate(stepHref(guide, step, s.answers, { returnTo }));
              }}
              onRename={(details, seen) => {
                const sent = writer.send(s.id, { type: 'renamed', ...details }, { seen });
                onMessage(
                  sent.ok && !sent.problem ? null : 'The new name could not be saved. Try again.',
                );
              }}
              onDelete={() => {
                const removed = writer.remove(s.id);
                onMessage(
                  removed.ok ? null : 'The session could not be deleted: the browser refused.',
                );
                if (active?.id === s.id) leave();
              }}
              onExport={onExport ? () => onExport(s) : undefined}
            />
          </Suspense>
        </li>
      ))}
    </ul>
  );
}
