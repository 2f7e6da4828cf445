import { useId } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import type { ScanProgress } from '../analyzer-protocol';
import { formatSize } from '../format-size';

/** The bar while the worker reads the logs, with Cancel. */
export function AnalysisProgress({
  progress,
  onCancel,
  cancelling,
}: {
  progress: ScanProgress;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const id = useId();
  const { bytesDone, bytesTotal, filesDone, filesTotal, current } = progress;
  const fileNumber = Math.min(filesDone + 1, filesTotal);
  return (
    <div className="space-y-2 rounded-md border border-slate-300 p-4 dark:border-slate-600">
      <label htmlFor={`${id}-bar`} className="block font-bold">
        Analysing the logs
      </label>
      <progress
        id={`${id}-bar`}
        max={Math.max(bytesTotal, 1)}
        value={Math.min(bytesDone, bytesTotal)}
        aria-describedby={`${id}-text`}
        className="h-3 w-full accent-brand-700 dark:accent-sky-300"
      />
      <p id={`${id}-text`} className="text-slate-700 dark:text-slate-300">
        {formatSize(bytesDone)} of {formatSize(bytesTotal)} · file {fileNumber} of {filesTotal}
        {current ? (
          <>
            {' '}
            (<span className="font-mono break-all">{current}</span>)
          </>
        ) : null}
      </p>
      <button type="button" className={secondaryButton} onClick={onCancel} disabled={cancelling}>
        {cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}
