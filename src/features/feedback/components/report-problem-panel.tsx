import { useId, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { primaryButton, secondaryButton } from '../../../components/button-classes';
import { copyText } from '../../../lib/clipboard';
import type { StepView } from '../../guide/links/resolve-step';
import {
  buildProblemReport,
  characterCount,
  maxCommentLength,
  problemKinds,
  problemReportMailto,
  reportProblems,
  type ProblemReport,
  type ReportProblem as Problem,
} from '../problem-report';
import { reportContext } from '../report-context';
import type { ReportDraft } from '../report-draft';

const count = (n: number) => n.toLocaleString('en');
const noSubscription = () => () => undefined;
const browserOrigin = () => window.location.origin;
const noOrigin = () => '';
const errorText = 'text-red-800 dark:text-red-300';
const hintText = 'text-sm text-slate-700 dark:text-slate-300';

export interface ReportProblemPanelProps {
  view: StepView;
  /** The element's id (the toggle's `aria-controls`). */
  id: string;
  draft: ReportDraft;
  setDraft: (draft: ReportDraft) => void;
  /** Discards the draft (after the engineer confirmed it). */
  onDiscard: () => void;
}

/**
 * The report form (loaded when the report control is first opened): the kind of problem and a
 * comment, which make a report for the guide's owners to copy, or to open as an e-mail when the
 * guide gives their address.
 */
export function ReportProblemPanel({
  view,
  id: panelId,
  draft,
  setDraft,
  onDiscard,
}: ReportProblemPanelProps) {
  const { manifest } = view.guide;
  const hasDraft = draft.kind !== undefined || draft.comment !== '';
  const [shown, setShown] = useState<readonly Problem[]>([]);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const origin = useSyncExternalStore(noSubscription, browserOrigin, noOrigin);
  const id = useId();
  const kindRef = useRef<HTMLInputElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const previewRef = useRef<HTMLDetailsElement>(null);

  const problems = reportProblems(draft);
  const length = characterCount(draft.comment);
  const tooLong = length > maxCommentLength;
  // Shown once a send was tried; "too long" shows as soon as it is.
  const showKindError = shown.includes('no-kind') && problems.includes('no-kind');
  const showCommentMissing = shown.includes('no-comment') && problems.includes('no-comment');

  const report: ProblemReport | undefined =
    origin && problems.length === 0 && draft.kind
      ? { ...reportContext(view, origin), kind: draft.kind, comment: draft.comment }
      : undefined;
  const text = report ? buildProblemReport(report) : '';
  const email = manifest.owner.email;
  const mailto = report && email ? problemReportMailto(email, report) : undefined;

  /** Shows what keeps the report from being sent, and moves to the first of it. */
  const blocked = (): boolean => {
    if (problems.length === 0) return false;
    setShown(problems);
    setCopyStatus('idle');
    if (problems[0] === 'no-kind') kindRef.current?.focus();
    else commentRef.current?.focus();
    return true;
  };

  const copy = async () => {
    if (blocked()) return;
    const ok = await copyText(text);
    setCopyStatus(ok ? 'copied' : 'failed');
    if (!ok && previewRef.current) previewRef.current.open = true;
  };

  const openEmail = (event: MouseEvent<HTMLAnchorElement>) => {
    if (blocked()) event.preventDefault();
  };

  const update = (next: Partial<ReportDraft>) => {
    setCopyStatus('idle');
    setDraft({ ...draft, ...next });
  };

  return (
    <div id={panelId} className="mt-4 max-w-[42rem] space-y-5">
      <p>
        Tell the guide's owners ({manifest.owner.name}) what is wrong with this step. Nothing is
        sent from here: you copy the report{email ? ' or open it as an e-mail' : ''}. It holds the
        step, its link and your answers, never your case number or notes.
      </p>

      <fieldset aria-describedby={showKindError ? `${id}-kind-error` : undefined}>
        <legend className="mb-2 font-semibold">What is wrong?</legend>
        {showKindError ? (
          <p id={`${id}-kind-error`} className={`mb-2 font-semibold ${errorText}`}>
            Choose what is wrong with the step.
          </p>
        ) : null}
        <div className="space-y-2">
          {problemKinds.map((kind, i) => (
            <div key={kind.value} className="flex items-start gap-3">
              <input
                ref={i === 0 ? kindRef : undefined}
                id={`${id}-kind-${kind.value}`}
                type="radio"
                name={`${id}-kind`}
                value={kind.value}
                checked={draft.kind === kind.value}
                onChange={() => update({ kind: kind.value })}
                aria-describedby={`${id}-kind-${kind.value}-hint`}
                className="mt-1 size-5 shrink-0 accent-brand-600"
              />
              <label htmlFor={`${id}-kind-${kind.value}`}>
                <span className="font-medium">{kind.label}</span>
                <span id={`${id}-kind-${kind.value}-hint`} className={`block ${hintText}`}>
                  {kind.hint}
                </span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <div>
        <label htmlFor={`${id}-comment`} className="block font-semibold">
          What is wrong, and what should the step say?
        </label>
        <p id={`${id}-comment-hint`} className={hintText}>
          Up to {count(maxCommentLength)} characters. Leave out the case number and any customer
          data: the report goes to people outside the case.
        </p>
        {showCommentMissing ? (
          <p id={`${id}-comment-missing`} className={`font-semibold ${errorText}`}>
            Say what is wrong with the step.
          </p>
        ) : null}
        <textarea
          ref={commentRef}
          id={`${id}-comment`}
          value={draft.comment}
          onChange={(e) => update({ comment: e.target.value })}
          rows={5}
          aria-invalid={tooLong || showCommentMissing || undefined}
          aria-describedby={[
            `${id}-comment-hint`,
            showCommentMissing ? `${id}-comment-missing` : '',
            `${id}-comment-count`,
          ]
            .filter(Boolean)
            .join(' ')}
          className={`mt-2 block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${
            tooLong || showCommentMissing
              ? 'border-2 border-red-700 dark:border-red-400'
              : 'border-slate-400 dark:border-slate-500'
          }`}
        />
        <p id={`${id}-comment-count`} className={tooLong ? `font-semibold ${errorText}` : hintText}>
          {count(length)} of {count(maxCommentLength)} characters
        </p>
        {/* Said once, when the comment goes over; nothing typed is cut. */}
        <div role="alert" className={`font-semibold ${errorText}`}>
          {tooLong
            ? `Your comment is over ${count(maxCommentLength)} characters: shorten it to send the report. Nothing you typed has been cut.`
            : ''}
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => void copy()} className={primaryButton}>
          Copy report
        </button>
        {email ? (
          <a
            href={mailto?.href ?? `mailto:${email}`}
            onClick={openEmail}
            className={`${secondaryButton} px-4 py-2 text-base no-underline`}
          >
            Open as an e-mail
          </a>
        ) : null}
        <span role="status" className="font-medium">
          {copyStatus === 'copied'
            ? `Copied. Paste it into ${email ? 'an e-mail' : 'a message'} to ${manifest.owner.name}.`
            : copyStatus === 'failed'
              ? 'Could not copy: select the report below and copy it.'
              : ''}
        </span>
      </div>
      {email ? null : (
        <p className={hintText}>
          This guide gives no e-mail address for its owners: send the report to{' '}
          <strong>{manifest.owner.name}</strong> the way your team reaches them.
        </p>
      )}
      {mailto?.truncated ? (
        <p className={hintText}>
          The report is too long for an e-mail link: the e-mail holds a shortened copy. Use Copy
          report and paste the full report into it.
        </p>
      ) : null}

      {report ? (
        <details
          ref={previewRef}
          className="rounded-md border border-slate-300 dark:border-slate-600"
        >
          <summary className="cursor-pointer px-3 py-2 font-medium">See the report</summary>
          <pre className="border-t border-slate-300 px-3 py-2 font-mono text-sm whitespace-pre-wrap [overflow-wrap:anywhere] dark:border-slate-600">
            {text}
          </pre>
        </details>
      ) : null}

      <div>
        {confirmingDiscard ? (
          <p className="flex flex-wrap items-center gap-3">
            <span>Discard what you chose and typed for this step?</span>
            <button
              type="button"
              onClick={() => {
                setConfirmingDiscard(false);
                setShown([]);
                setCopyStatus('idle');
                onDiscard();
              }}
              className={secondaryButton}
            >
              Discard
            </button>
            <button
              type="button"
              onClick={() => setConfirmingDiscard(false)}
              className={secondaryButton}
            >
              Keep it
            </button>
          </p>
        ) : hasDraft ? (
          <button
            type="button"
            onClick={() => setConfirmingDiscard(true)}
            className={secondaryButton}
          >
            Discard this report
          </button>
        ) : null}
      </div>
    </div>
  );
}
