// Types for bench-table.mjs (a plain script `npm run bench` runs with node), for its unit test.

/** One harness result file (schema wizard-bench/1), as far as the table reads it. */
export type HarnessResult = Record<string, unknown> | null | undefined;

export interface BenchRow {
  measure: string;
  ours?: number | null;
  static?: number | null;
  surveyjs?: number | null;
  floor?: number | null;
  target?: string;
  met?: boolean;
  compare?: boolean;
  format: (x: number | null | undefined) => string;
}

export function peerMedianClick(result: HarnessResult, profile: string): number | null;

export function benchRows(results: {
  start: HarnessResult;
  cause: HarnessResult;
  answered: HarnessResult;
  staticPeer: HarnessResult;
  surveyjs: HarnessResult;
  floor?: HarnessResult;
}): BenchRow[];

export function benchTable(rows: BenchRow[]): string;

export function targetsMet(rows: BenchRow[]): { met: number; of: number };
