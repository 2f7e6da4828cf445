import type { Hit } from './hit';
import type { LogFormat } from './log-format';
import type { TextEncodingName } from './sniff-bytes';
import type { LogSource } from '../../machine/guide-signatures';
import type { NotEvidenceSeen } from './text-scanner';

/**
 * What scanning one file (or the pasted text) gave.
 * - `scanned`: read to the end.
 * - `empty`, `binary`, `evtx`, `archive`: not scanned; `problem` says why and what to do.
 * - `unreadable`: the browser could not read it (moved, deleted, no permission).
 * - `cancelled`: stopped part-way.
 */
export type FileScanStatus =
  'scanned' | 'empty' | 'binary' | 'evtx' | 'archive' | 'unreadable' | 'cancelled';

export interface FileScan {
  file: string;
  size: number;
  status: FileScanStatus;
  /** For every status but `scanned`: what happened, and what to do instead. */
  problem?: string;
  encoding?: TextEncodingName;
  bom?: boolean;
  format?: LogFormat;
  /** For a line-by-line log: which log it was taken to be. */
  lineSource?: LogSource;
  lines: number;
  hits: Hit[];
  hitCounts: Record<string, number>;
  notEvidence: Record<string, NotEvidenceSeen>;
  warnings: string[];
}

export function unscanned(
  file: string,
  size: number,
  status: Exclude<FileScanStatus, 'scanned'>,
  problem: string,
): FileScan {
  return {
    file,
    size,
    status,
    problem,
    lines: 0,
    hits: [],
    hitCounts: {},
    notEvidence: {},
    warnings: [],
  };
}
