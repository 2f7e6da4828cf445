import { Link } from 'react-router';
import { guideChangelog, guideVersion } from '../../../../content/extension-failures/guide';
import { startStep } from '../../../machine/steps';
import { desktopHeapRuledOut } from '../explain/desktop-heap-verdict';
import { knownIssuesReason } from '../explain/known-issues-reason';
import { stepHref } from '../links/guide-href';
import type { StepView } from '../links/resolve-step';

const noticeClass = 'mb-6 rounded-md border-l-4 px-4 py-3';

/** The link was made with another version of the guide. */
export function VersionNotice({ linkVersion }: { linkVersion: number }) {
  const changes = guideChangelog.filter((c) => c.version > linkVersion);
  const newer = linkVersion > guideVersion;
  return (
    <div
      role="note"
      className={`${noticeClass} border-sky-700 bg-sky-50 dark:border-sky-300 dark:bg-sky-950/60`}
    >
      {newer ? (
        <p className="font-semibold">
          This link was made with version {linkVersion} of the guide, newer than this copy (version{' '}
          {guideVersion}). Reload the page to get the latest guide.
        </p>
      ) : (
        <p className="font-semibold">
          This link was made with version {linkVersion} of the guide; the guide has changed since
          (now version {guideVersion}).
        </p>
      )}
      <p>
        Its answers were checked against this version. Read this step again before acting on it.
      </p>
      {changes.length > 0 && !newer ? (
        <ul className="mt-2 list-disc pl-6">
          {changes.map((c) => (
            <li key={c.version}>
              Version {c.version} ({c.date}): {c.changes}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A step opened on its own, without the answers that lead to it. */
export function ReferenceNotice() {
  return (
    <div
      role="note"
      className={`${noticeClass} border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-800`}
    >
      <p className="font-semibold">You opened this step on its own, as a reference.</p>
      <p>
        It shows the TSG's full content for this step. To work through a case, start the guide:{' '}
        <Link to={stepHref(startStep)} className="font-medium underline">
          start from the beginning
        </Link>
        .
      </p>
    </div>
  );
}

/** Why the guide did not land on Cause 1 although Event 4689 was found. */
export function DesktopHeapNotice({ view }: { view: StepView }) {
  const verdict = view.snapshot ? desktopHeapRuledOut(view.snapshot.context) : undefined;
  if (!verdict) return null;
  return (
    <section
      aria-labelledby="not-cause-1"
      className={`${noticeClass} border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/50`}
    >
      <h2 id="not-cause-1" className="font-bold">
        Not Cause 1 (desktop heap exhausted): {verdict.held} of its 3 symptoms
      </h2>
      <p>The TSG: “This apply if only you have the 3 symptoms together”.</p>
      <ul className="mt-1 space-y-0.5">
        {verdict.symptoms.map((s) => (
          <li key={s.label}>
            <span aria-hidden="true">{s.holds === true ? '✓' : s.holds === false ? '✗' : '?'}</span>{' '}
            {s.label}: {s.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On the known-issues page: why the guide ended there. */
export function KnownIssuesReason({ view }: { view: StepView }) {
  if (view.step.id !== 'known-issues') return null;
  const reason = knownIssuesReason(view.history);
  if (!reason) return null;
  return <p className="mb-4 text-lg font-medium">{reason}</p>;
}
