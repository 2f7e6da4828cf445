import { Link } from 'react-router';
import type { GuideNotice } from '../../../machine/guide-definition';
import type { GuideModel } from '../../../machine/guide-model';
import { guideStartHref } from '../links/guide-href';

const noticeClass = 'mb-6 rounded-md border-l-4 px-4 py-3';

/** The link was made with another version of the guide. */
export function VersionNotice({ guide, linkVersion }: { guide: GuideModel; linkVersion: number }) {
  const { version, changelog } = guide.manifest;
  const changes = changelog.filter((c) => c.version > linkVersion);
  const newer = linkVersion > version;
  return (
    <div
      role="note"
      className={`${noticeClass} border-sky-700 bg-sky-50 dark:border-sky-300 dark:bg-sky-950/60`}
    >
      {newer ? (
        <p className="font-semibold">
          This link was made with version {linkVersion} of the guide, newer than this copy (version{' '}
          {version}). Reload the page to get the latest guide.
        </p>
      ) : (
        <p className="font-semibold">
          This link was made with version {linkVersion} of the guide; the guide has changed since
          (now version {version}).
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
export function ReferenceNotice({ guide }: { guide: GuideModel }) {
  return (
    <div
      role="note"
      className={`${noticeClass} border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-800`}
    >
      <p className="font-semibold">You opened this step on its own, as a reference.</p>
      <p>
        It shows the TSG's full content for this step. To work through a case, start the guide:{' '}
        <Link to={guideStartHref(guide)} className="font-medium underline">
          start from the beginning
        </Link>
        .
      </p>
    </div>
  );
}

/**
 * What the guide explains about where the answers led: a cause ruled out symptom by symptom
 * (above the title), why the guide ended here (under it).
 */
export function GuideNotices({
  notices,
  placement,
}: {
  notices: readonly GuideNotice[];
  placement: 'before-title' | 'after-title';
}) {
  return notices.map((notice, index) =>
    notice.kind === 'reason' ? (
      placement === 'after-title' ? (
        <p key={index} className="mb-4 text-lg font-medium">
          {notice.text}
        </p>
      ) : null
    ) : placement === 'before-title' ? (
      <section
        key={index}
        aria-labelledby={`verdict-${index}`}
        className={`${noticeClass} border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/50`}
      >
        <h2 id={`verdict-${index}`} className="font-bold">
          {notice.heading}
        </h2>
        {notice.quote ? <p>The TSG: “{notice.quote}”.</p> : null}
        <ul className="mt-1 space-y-0.5">
          {notice.checks.map((s) => (
            <li key={s.label}>
              <span aria-hidden="true">
                {s.holds === true ? '✓' : s.holds === false ? '✗' : '?'}
              </span>{' '}
              {s.label}: {s.detail}
            </li>
          ))}
        </ul>
      </section>
    ) : null,
  );
}
