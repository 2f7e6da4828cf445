// Types for library-sessions.mjs (a plain script `npm run bench:library` runs with node), for its unit test.

export interface Scenario {
  name: string;
  answers: Record<string, string>;
  ends: string;
}

export function sessionRecords(
  scenarios: readonly Scenario[],
  count: number,
  options: { guideId: string; guideVersion?: number; now: string },
): [key: string, value: string][];
