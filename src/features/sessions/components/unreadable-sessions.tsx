import { useState } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import type { UnreadableRecord } from '../session-store';

/** Saved records that cannot be read: reported, and kept until deleted on purpose. */
export function UnreadableSessions({
  records,
  onDelete,
}: {
  records: readonly UnreadableRecord[];
  onDelete: (key: string) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (records.length === 0) return null;
  return (
    <div
      role="note"
      className="mb-4 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950/50"
    >
      <p className="font-semibold">
        {records.length === 1
          ? '1 saved session could not be restored.'
          : `${records.length} saved sessions could not be restored.`}
      </p>
      <ul className="mt-1 list-disc pl-6">
        {records.map((u) => (
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
                    onDelete(u.key);
                    setConfirming(null);
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
  );
}
