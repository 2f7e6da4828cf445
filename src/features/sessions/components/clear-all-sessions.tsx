import { useState } from 'react';
import { secondaryButton } from '../../../components/button-classes';

/** "Clear all sessions…", asked twice. */
export function ClearAllSessions({ count, onClear }: { count: number; onClear: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="mt-4">
      {confirming ? (
        <p className="flex flex-wrap items-center gap-2">
          <span>Delete all {count} sessions from this browser?</span>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              onClear();
              setConfirming(false);
            }}
          >
            Yes, delete all
          </button>
          <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
            No, keep them
          </button>
        </p>
      ) : (
        <button type="button" className={secondaryButton} onClick={() => setConfirming(true)}>
          Clear all sessions…
        </button>
      )}
    </div>
  );
}
