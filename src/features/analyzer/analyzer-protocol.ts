import type { FileScan } from './file-scan';
import type { GuideSignatures } from '../../machine/guide-signatures';

/**
 * Messages between the page and the analyzer's worker. The page sends the files (File objects
 * are passed by reference, not copied) and the guide's signatures; the worker answers with
 * progress, each file's scan as it is done, and the end. Nothing else leaves the page.
 */

export type ScanInput =
  | { kind: 'file'; file: File; /** The path shown (a folder's files keep theirs). */ path: string }
  | { kind: 'text'; name: string; text: string };

export type ToWorker =
  | { type: 'scan'; id: number; inputs: ScanInput[]; signatures: GuideSignatures }
  | { type: 'cancel'; id: number };

export interface ScanProgress {
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
  /** The file being read. */
  current?: string;
}

export type FromWorker =
  | ({ type: 'progress'; id: number } & ScanProgress)
  | { type: 'file'; id: number; scan: FileScan }
  | { type: 'done'; id: number }
  | { type: 'cancelled'; id: number }
  | { type: 'failed'; id: number; message: string };

/** The size counted for an input in the progress bar. */
export function inputSize(input: ScanInput): number {
  return input.kind === 'file' ? input.file.size : input.text.length;
}

export function inputName(input: ScanInput): string {
  return input.kind === 'file' ? input.path : input.name;
}
