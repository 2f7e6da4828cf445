import { useEffect, useState } from 'react';
import { copyText } from '../lib/clipboard';
import { secondaryButton } from './button-classes';

interface CopyButtonProps {
  text: string | (() => string);
  /** The button's visible label. */
  label: string;
  /** What is being copied, for screen readers ("Copy: REG ADD …"). */
  accessibleLabel?: string;
  className?: string;
}

/** A button that copies text and says so, in its label and to screen readers. */
export function CopyButton({ text, label, accessibleLabel, className = '' }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const message =
    status === 'copied' ? 'Copied' : status === 'failed' ? 'Could not copy: select the text' : '';
  return (
    <span className={`no-print inline-flex items-center ${className}`}>
      <button
        type="button"
        aria-label={accessibleLabel}
        onClick={async () => {
          const ok = await copyText(typeof text === 'function' ? text() : text);
          setStatus(ok ? 'copied' : 'failed');
        }}
        className={`min-w-[4.5rem] ${secondaryButton}`}
      >
        {status === 'idle' ? label : message}
      </button>
      <span role="status" className="sr-only">
        {message}
      </span>
    </span>
  );
}
