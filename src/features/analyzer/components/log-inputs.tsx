import { useEffect, useId, useRef, useState } from 'react';
import { secondaryButton } from '../../../components/button-classes';
import { droppedInputs, pickedInputs } from '../dropped-files';
import type { ScanInput } from '../analyzer-protocol';
import { formatSize } from '../format-size';

type FileInput = Extract<ScanInput, { kind: 'file' }>;

interface LogInputsProps {
  files: readonly FileInput[];
  onAdd: (files: FileInput[]) => void;
  onRemove: (index: number) => void;
  onClear: () => void;
  pasted: string;
  onPastedChange: (text: string) => void;
  disabled: boolean;
}

/** Where the logs come in: drop files or a folder, pick them, or paste text. */
export function LogInputs(props: LogInputsProps) {
  const { files, onAdd, onRemove, onClear, pasted, onPastedChange, disabled } = props;
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const id = useId();

  const add = (inputs: ScanInput[]) =>
    onAdd(inputs.filter((i): i is FileInput => i.kind === 'file'));

  // Dropping is a shortcut for the mouse; the buttons do the same from the keyboard.
  const dropZone = useRef<HTMLDivElement>(null);
  const latest = useRef({ add, disabled });
  useEffect(() => {
    latest.current = { add, disabled };
  });
  useEffect(() => {
    const zone = dropZone.current!;
    const over = (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      if (latest.current.disabled || !event.dataTransfer) return;
      void droppedInputs(event.dataTransfer).then((inputs) => latest.current.add(inputs));
    };
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', leave);
    zone.addEventListener('drop', drop);
    return () => {
      zone.removeEventListener('dragover', over);
      zone.removeEventListener('dragleave', leave);
      zone.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="space-y-5">
      <div
        ref={dropZone}
        data-testid="analyzer-drop-zone"
        className={`rounded-lg border-2 border-dashed px-4 py-6 text-center ${
          dragging
            ? 'border-brand-700 bg-brand-50 dark:border-sky-300 dark:bg-slate-800'
            : 'border-slate-400 dark:border-slate-500'
        }`}
      >
        <p className="mb-3 text-lg font-medium">Drop log files or a folder here</p>
        <div className="flex flex-wrap justify-center gap-3">
          <button
            type="button"
            className={secondaryButton}
            disabled={disabled}
            onClick={() => filesRef.current?.click()}
          >
            Choose files…
          </button>
          <button
            type="button"
            className={secondaryButton}
            disabled={disabled}
            onClick={() => folderRef.current?.click()}
          >
            Choose a folder…
          </button>
        </div>
        <input
          ref={filesRef}
          type="file"
          multiple
          hidden
          aria-label="Log files"
          data-testid="analyzer-files"
          onChange={(e) => {
            add(pickedInputs(e.target.files));
            e.target.value = '';
          }}
        />
        <input
          ref={folderRef}
          type="file"
          hidden
          aria-label="Log folder"
          data-testid="analyzer-folder"
          {...{ webkitdirectory: '' }}
          onChange={(e) => {
            add(pickedInputs(e.target.files));
            e.target.value = '';
          }}
        />
      </div>

      {files.length > 0 ? (
        <div>
          <div className="mb-2 flex items-center justify-between gap-3">
            <h3 id={`${id}-files`} className="font-bold">
              Files to analyse ({files.length})
            </h3>
            <button type="button" className={secondaryButton} disabled={disabled} onClick={onClear}>
              Remove all
            </button>
          </div>
          <ul
            aria-labelledby={`${id}-files`}
            className="divide-y divide-slate-200 rounded-md border border-slate-300 dark:divide-slate-700 dark:border-slate-600"
          >
            {files.map((f, i) => (
              <li
                key={`${f.path}-${i}`}
                className="flex items-center justify-between gap-3 px-3 py-1.5"
              >
                <span className="min-w-0 font-mono text-sm break-all">{f.path}</span>
                <span className="flex shrink-0 items-center gap-3 text-sm">
                  <span className="text-slate-700 dark:text-slate-300">
                    {formatSize(f.file.size)}
                  </span>
                  <button
                    type="button"
                    className={secondaryButton}
                    disabled={disabled}
                    aria-label={`Remove ${f.path}`}
                    onClick={() => onRemove(i)}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div>
        <label htmlFor={`${id}-paste`} className="mb-1 block font-bold">
          Or paste log text
        </label>
        <p id={`${id}-paste-hint`} className="mb-2 text-slate-700 dark:text-slate-300">
          Lines from a log, or an event copied from Event Viewer (“Copy details as text”).
        </p>
        <textarea
          id={`${id}-paste`}
          aria-describedby={`${id}-paste-hint`}
          value={pasted}
          onChange={(e) => onPastedChange(e.target.value)}
          disabled={disabled}
          rows={6}
          spellCheck={false}
          className="w-full rounded-md border-2 border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        />
      </div>
    </div>
  );
}
