import {
  inputName,
  inputSize,
  type FromWorker,
  type ScanInput,
  type ToWorker,
} from './analyzer-protocol';
import { compileSignatures, type CompiledSignatures } from './compile-signatures';
import { unscanned, type FileScan } from './file-scan';
import { readChunks, scanPastedText, scanStream } from './scan-stream';
import type { GuideSignatures } from '../../machine/guide-signatures';

/**
 * The analyzer's worker: scans the files it is sent, one after the other, streaming each with
 * `File.stream()`, so the page stays responsive and memory stays flat whatever the file sizes.
 */

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const cancelled = new Set<number>();
/** Progress is reported at most this often (ms). */
const progressEvery = 100;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') cancelled.add(message.id);
  else void run(message.id, message.inputs, message.signatures);
};

async function scanInput(
  input: ScanInput,
  compiled: CompiledSignatures,
  onBytes: (n: number) => void,
  isCancelled: () => boolean,
): Promise<FileScan> {
  if (input.kind === 'text') {
    onBytes(input.text.length);
    return scanPastedText(input.name, input.text, compiled);
  }
  try {
    return await scanStream(input.path, input.file.size, readChunks(input.file.stream()), {
      compiled,
      onBytes,
      isCancelled,
    });
  } catch {
    return unscanned(
      input.path,
      input.file.size,
      'unreadable',
      'The browser could not read this file (it may have been moved, changed or deleted since it was added). Add it again.',
    );
  }
}

async function run(id: number, inputs: ScanInput[], signatures: GuideSignatures) {
  let compiled: CompiledSignatures;
  try {
    compiled = compileSignatures(signatures);
  } catch (error) {
    scope.postMessage({ type: 'failed', id, message: String(error) });
    return;
  }
  const progress = {
    bytesDone: 0,
    bytesTotal: inputs.reduce((n, i) => n + inputSize(i), 0),
    filesDone: 0,
    filesTotal: inputs.length,
    current: undefined as string | undefined,
  };
  let lastReport = 0;
  const report = (force = false) => {
    const now = performance.now();
    if (!force && now - lastReport < progressEvery) return;
    lastReport = now;
    scope.postMessage({ type: 'progress', id, ...progress });
  };
  const isCancelled = () => cancelled.has(id);
  for (const input of inputs) {
    if (isCancelled()) break;
    progress.current = inputName(input);
    report(true);
    const start = progress.bytesDone;
    const scan = await scanInput(
      input,
      compiled,
      (n) => {
        progress.bytesDone += n;
        report();
      },
      isCancelled,
    );
    // Files not read to the end (not text, cancelled) still count as done for the bar.
    progress.bytesDone = start + inputSize(input);
    if (scan.status === 'cancelled') break;
    progress.filesDone++;
    scope.postMessage({ type: 'file', id, scan });
  }
  progress.current = undefined;
  report(true);
  scope.postMessage(isCancelled() ? { type: 'cancelled', id } : { type: 'done', id });
  cancelled.delete(id);
}
