import { useCallback, useEffect, useState } from 'react';
import { primaryButton, secondaryButton } from '../../../components/button-classes';
import { useNavigate } from 'react-router';
import { replay } from '../../../machine/replay';
import { stepById } from '../../../machine/steps';
import { stepHref } from '../../guide/links/guide-href';
import { useActiveSession } from '../active/active-session-context';
import { rename, type CaseSession } from '../session-record';
import type { SessionList as Listed } from '../session-store';
import { CaseDetailsForm } from './case-details-form';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function causeOf(session: CaseSession): string | undefined {
  return replay(session.answers).trail.find((s) => s.kind === 'cause')?.shortTitle;
}

function sessionName(session: CaseSession): string {
  if (session.caseNumber) return `Case ${session.caseNumber}`;
  return session.label || `Session started ${timeFormat.format(new Date(session.createdAt))}`;
}

/** Recent case sessions: resume, rename, delete, clear all. Nothing is deleted unasked. */
export function SessionList() {
  const { store, resume, session: active, leave } = useActiveSession();
  const navigate = useNavigate();
  const [listed, setListed] = useState<Listed>(() => store.list());
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = useCallback(() => setListed(store.list()), [store]);

  useEffect(() => {
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, [refresh]);

  const open = (session: CaseSession) => {
    resume(session);
    const step = stepById(session.stepId) ?? stepById('start')!;
    void navigate(stepHref(step, session.answers, { returnTo: session.returnTo }));
  };

  const remove = (id: string) => {
    const result = store.remove(id);
    if (!result.ok) setMessage('The session could not be deleted: the browser refused.');
    if (active?.id === id) leave();
    setConfirming(null);
    refresh();
  };

  const { sessions, unreadable } = listed;
  return (
    <section aria-labelledby="recent-sessions" className="mt-10">
      <h2 id="recent-sessions" className="mb-3 text-2xl font-bold">
        Recent case sessions
      </h2>
      {message ? (
        <p role="alert" className="mb-3">
          {message}
        </p>
      ) : null}
      {listed.unavailable ? (
        <p className="mb-3">
          This browser does not let the guide keep sessions ({listed.unavailable}). The guide still
          works; copy each case note before closing its tab.
        </p>
      ) : null}
      {unreadable.length > 0 ? (
        <div
          role="note"
          className="mb-4 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950/50"
        >
          <p className="font-semibold">
            {unreadable.length === 1
              ? '1 saved session could not be restored.'
              : `${unreadable.length} saved sessions could not be restored.`}
          </p>
          <ul className="mt-1 list-disc pl-6">
            {unreadable.map((u) => (
              <li key={u.key}>
                {u.reason === 'future-version'
                  ? 'Saved by a newer version of this guide: open it there.'
                  : u.reason === 'foreign'
                    ? 'Not a session of this guide.'
                    : 'Damaged.'}{' '}
                <span className="text-sm">({u.detail})</span>{' '}
                {confirming === u.key ? (
                  <span>
                    Delete it for good?{' '}
                    <button
                      type="button"
                      className={secondaryButton}
                      onClick={() => {
                        store.removeUnreadable(u.key);
                        setConfirming(null);
                        refresh();
                      }}
                    >
                      Yes, delete
                    </button>{' '}
                    <button
                      type="button"
                      className={secondaryButton}
                      onClick={() => setConfirming(null)}
                    >
                      No, keep it
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className={secondaryButton}
                    onClick={() => setConfirming(u.key)}
                  >
                    Delete…
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-sm">They are kept as they are until you delete them.</p>
        </div>
      ) : null}
      {sessions.length === 0 ? (
        <p>No case sessions yet. Start the guide to begin one.</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {sessions.map((s) => {
            const step = stepById(s.stepId);
            const cause = causeOf(s);
            return (
              <li key={s.id} className="py-4">
                {renaming === s.id ? (
                  <CaseDetailsForm
                    caseNumber={s.caseNumber}
                    label={s.label}
                    submitLabel="Save"
                    onCancel={() => setRenaming(null)}
                    onSubmit={(details) => {
                      // Rename the latest copy: another tab may have changed the session since.
                      const latest = store.get(s.id);
                      const base = latest.ok ? latest.session : s;
                      const saved = store.save(
                        rename(base, details, new Date().toISOString()),
                        base.revision,
                      );
                      if (!saved.ok) setMessage('The new name could not be saved. Try again.');
                      setRenaming(null);
                      refresh();
                    }}
                  />
                ) : (
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0">
                      <h3 className="text-lg font-semibold break-words">{sessionName(s)}</h3>
                      {s.caseNumber && s.label ? <p className="break-words">{s.label}</p> : null}
                      <p className="text-slate-700 dark:text-slate-300">
                        At: {step?.shortTitle ?? s.stepId}
                      </p>
                      {cause ? (
                        <p className="text-slate-700 dark:text-slate-300">Cause found: {cause}</p>
                      ) : null}
                      <p className="text-sm text-slate-700 dark:text-slate-300">
                        Last change {timeFormat.format(new Date(s.updatedAt))}
                      </p>
                    </div>
                    <div className="flex flex-wrap items-center gap-2">
                      <button type="button" className={primaryButton} onClick={() => open(s)}>
                        Resume<span className="sr-only"> {sessionName(s)}</span>
                      </button>
                      <button
                        type="button"
                        className={secondaryButton}
                        onClick={() => setRenaming(s.id)}
                      >
                        Rename<span className="sr-only"> {sessionName(s)}</span>
                      </button>
                      {confirming === s.id ? (
                        <span className="flex items-center gap-2">
                          <span>Delete?</span>
                          <button
                            type="button"
                            className={secondaryButton}
                            onClick={() => remove(s.id)}
                          >
                            Yes, delete<span className="sr-only"> {sessionName(s)}</span>
                          </button>
                          <button
                            type="button"
                            className={secondaryButton}
                            onClick={() => setConfirming(null)}
                          >
                            No
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          className={secondaryButton}
                          onClick={() => setConfirming(s.id)}
                        >
                          Delete<span className="sr-only"> {sessionName(s)}</span>
                        </button>
                      )}
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {sessions.length > 0 ? (
        <div className="mt-4">
          {confirming === 'all' ? (
            <p className="flex flex-wrap items-center gap-2">
              <span>Delete all {sessions.length} sessions from this browser?</span>
              <button
                type="button"
                className={secondaryButton}
                onClick={() => {
                  for (const s of sessions) store.remove(s.id);
                  leave();
                  setConfirming(null);
                  refresh();
                }}
              >
                Yes, delete all
              </button>
              <button type="button" className={secondaryButton} onClick={() => setConfirming(null)}>
                No, keep them
              </button>
            </p>
          ) : (
            <button type="button" className={secondaryButton} onClick={() => setConfirming('all')}>
              Clear all sessions…
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
