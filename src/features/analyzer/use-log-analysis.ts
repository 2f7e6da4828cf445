import { useCallback, useEffect, useRef, useState } from 'react';
import type { FromWorker, ScanInput, ScanProgress, ToWorker } from './analyzer-protocol';
import type { FileScan } from './file-scan';
import type { GuideSignatures } from '../../machine/guide-signatures';

/**
 * Runs analyses in the analyzer's worker (one at a time) and holds their state: progress while
 * running, then the scans of every file. Nothing is stored or sent anywhere.
 */

export type AnalysisState =
  | { status: 'idle' }
  | { status: 'running'; progress: ScanProgress; scans: FileScan[] }
  | { status: 'done' | 'cancelled'; scans: FileScan[] }
  | { status: 'failed'; message: string };

export function createAnalyzerWorker(): Worker {
  return new Worker(new URL('./analyzer-worker.ts', import.meta.url), {
    type: 'module',
    name: 'log-analyzer',
  });
}

export function useLogAnalysis(
  signatures: GuideSignatures,
  createWorker: () => Worker = createAnalyzerWorker,
) {
  const [state, setState] = useState<AnalysisState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  const scans = useRef<FileScan[]>([]);
  // The first factory is used for the page's life (a new one each render would restart it).
  const factory = useRef(createWorker);

  const onMessage = useCallback((event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.id !== current.current) return;
    switch (message.type) {
      case 'progress': {
        const { bytesDone, bytesTotal, filesDone, filesTotal, current: file } = message;
        setState({
          status: 'running',
          progress: { bytesDone, bytesTotal, filesDone, filesTotal, current: file },
          scans: scans.current,
        });
        break;
      }
      case 'file':
        scans.current = [...scans.current, message.scan];
        break;
      case 'done':
      case 'cancelled':
        setState({ status: message.type, scans: scans.current });
        break;
      case 'failed':
        setState({ status: 'failed', message: message.message });
        break;
    }
  }, []);

  const ensureWorker = useCallback(() => {
    if (!worker.current) {
      worker.current = factory.current();
      worker.current.onmessage = onMessage;
      worker.current.onerror = () =>
        setState({ status: 'failed', message: 'The analyzer stopped unexpectedly.' });
    }
    return worker.current;
  }, [onMessage]);

  // The worker is started with the page, so that nothing at all is fetched once logs are read.
  useEffect(() => {
    ensureWorker();
    return () => {
      worker.current?.terminate();
      worker.current = null;
    };
  }, [ensureWorker]);

  const start = useCallback(
    (inputs: ScanInput[]) => {
      const id = ++current.current;
      scans.current = [];
      const total = inputs.reduce(
        (n, i) => n + (i.kind === 'file' ? i.file.size : i.text.length),
        0,
      );
      setState({
        status: 'running',
        progress: { bytesDone: 0, bytesTotal: total, filesDone: 0, filesTotal: inputs.length },
        scans: [],
      });
      const message: ToWorker = { type: 'scan', id, inputs, signatures };
      ensureWorker().postMessage(message);
    },
    [ensureWorker, signatures],
  );

  const cancel = useCallback(() => {
    const message: ToWorker = { type: 'cancel', id: current.current };
    worker.current?.postMessage(message);
  }, []);

  return { state, start, cancel };
}
