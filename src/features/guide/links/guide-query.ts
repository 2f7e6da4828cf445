import type { GuideModel } from '../../../machine/guide-model';
import type { Answers } from '../../../machine/guide-snapshot';
import { isValidAnswer, valueSeparator } from '../../../machine/replay';

/**
 * The query string of a guide link: the answers given so far, keyed by step id, the guide's
 * version, and (while changing an answer) the step to return to. Nothing else ever goes in a
 * URL: no case number, no customer data.
 */

const versionParam = 'v';
const returnParam = 'return';

/** Longer queries are refused unread: no real link comes near it. */
export const maxQueryLength = 2000;

export interface GuideQuery {
  answers: Answers;
  /** The guide version the link was made with, when it says. */
  version?: number;
  /** The step to come back to after changing an answer. */
  returnTo?: string;
}

export type QueryProblem =
  | { kind: 'too-long' }
  | { kind: 'unknown-key'; key: string }
  | { kind: 'repeated-key'; key: string }
  | { kind: 'invalid-answer'; stepId: string }
  | { kind: 'invalid-version' }
  | { kind: 'invalid-return' };

export function parseGuideQuery(
  guide: GuideModel,
  search: string,
): { query: GuideQuery; problems: QueryProblem[] } {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (raw.length > maxQueryLength)
    return { query: { answers: {} }, problems: [{ kind: 'too-long' }] };
  const params = new URLSearchParams(raw);
  const answers: Record<string, string> = {};
  const query: GuideQuery = { answers };
  const problems: QueryProblem[] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) {
      problems.push({ kind: 'repeated-key', key });
      continue;
    }
    seen.add(key);
    if (key === versionParam) {
      if (/^[1-9][0-9]{0,5}$/.test(value)) query.version = Number(value);
      else problems.push({ kind: 'invalid-version' });
    } else if (key === returnParam) {
      if (guide.stepById(value)) query.returnTo = value;
      else problems.push({ kind: 'invalid-return' });
    } else {
      const step = guide.stepById(key);
      if (!step || step.kind === 'start' || !step.answer)
        problems.push({ kind: 'unknown-key', key });
      else if (!isValidAnswer(step, value)) problems.push({ kind: 'invalid-answer', stepId: key });
      else answers[key] = value;
    }
  }
  return { query, problems };
}

/** Values are from a fixed vocabulary (`[a-z0-9-]`), so commas can stay readable. */
function encodeValue(value: string): string {
  return value.split(valueSeparator).map(encodeURIComponent).join(valueSeparator);
}

/** The query string for a set of answers, in the guide's step order, with the current version. */
export function formatGuideQuery(
  guide: GuideModel,
  answers: Answers,
  options: { returnTo?: string } = {},
): string {
  const parts = guide.steps
    .filter((step) => Object.hasOwn(answers, step.id))
    .map((step) => `${step.id}=${encodeValue(answers[step.id]!)}`);
  parts.push(`${versionParam}=${guide.manifest.version}`);
  if (options.returnTo) parts.push(`${returnParam}=${encodeURIComponent(options.returnTo)}`);
  return parts.join('&');
}

/** A plain-language description of a query problem, naming no value from the URL. */
export function describeProblem(guide: GuideModel, problem: QueryProblem): string {
  switch (problem.kind) {
    case 'too-long':
      return 'The link is far longer than any link this guide makes.';
    case 'unknown-key':
      return 'The link carries an answer to a question this guide does not ask.';
    case 'repeated-key':
      return `The link answers “${guide.stepById(problem.key)?.shortTitle ?? 'a question'}” more than once.`;
    case 'invalid-answer':
      return `The link's answer to “${guide.stepById(problem.stepId)?.shortTitle ?? problem.stepId}” is not one of the answers this question offers.`;
    case 'invalid-version':
      return 'The link names a guide version that is not a version number.';
    case 'invalid-return':
      return 'The link asks to return to a step this guide does not have.';
  }
}
