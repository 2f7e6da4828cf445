import {
  eventLogSources,
  logSources,
  type EventMatch,
  type GuideSignatures,
  type TextMatch,
  type TextPattern,
} from '../../machine/guide-signatures';
import type { StepMeta } from '../../machine/step-meta';
import { guideFiles, type Problem } from './guide-problem';
import { slugPattern } from './reserved-paths';

/**
 * A guide's log signatures against its machine: the analyzer's step is a multiple choice, every
 * answer a signature supports is an option of a step, every cause a cause step, every question a
 * step, every id unique, and no event is counted by its id alone.
 */
export function checkSignatures(
  steps: readonly StepMeta[],
  signatures: GuideSignatures,
  /** Where the signatures are (a guide written in Markdown: `signatures.yml`, with positions). */
  source: {
    file: string;
    at?: (path: readonly PropertyKey[]) => { line: number; column: number };
  } = { file: guideFiles.signatures },
): Problem[] {
  const problems: Problem[] = [];
  const { file } = source;
  let path: readonly PropertyKey[] = [];
  const say = (message: string, step?: string) =>
    problems.push({
      file,
      ...(source.at ? source.at(path) : {}),
      ...(step === undefined ? {} : { step }),
      message,
    });
  const stepById = new Map(steps.map((s) => [s.id, s]));

  path = ['step'];
  const main = stepById.get(signatures.step);
  if (!main) say(`\`step\` names "${signatures.step}", which is not a step of the machine`);
  else if (main.answer?.type !== 'multiple') {
    say(
      'the analyzer pre-fills `step`: it must be a multiple choice ("select all that apply")',
      main.id,
    );
  }

  const ids = new Set<string>();
  const checkId = (id: string) => {
    if (!slugPattern.test(id)) say(`id "${id}" is not lowercase words joined by hyphens`);
    if (ids.has(id)) say(`two signatures have the id "${id}"`);
    ids.add(id);
  };
  const checkMatch = (
    id: string,
    sources: readonly string[],
    match: TextMatch | EventMatch,
    evidence: boolean,
  ) => {
    if (sources.length === 0) say(`"${id}" applies to no source`);
    for (const source of sources) {
      if (!(logSources as readonly string[]).includes(source)) {
        say(`"${id}" names the source "${source}", which is not one of ${logSources.join(', ')}`);
      }
    }
    const patterns = [...(match.allOf ?? []), ...(match.anyOf ?? []), ...(match.noneOf ?? [])];
    for (const pattern of patterns) {
      if (matchesEmpty(pattern)) say(`"${id}" has a pattern that matches empty text`);
    }
    const text = (match.allOf?.length ?? 0) + (match.anyOf?.length ?? 0);
    if ('eventId' in match) {
      if (!Number.isInteger(match.eventId) || match.eventId < 0)
        say(`"${id}" has an event id that is not a whole number`);
      if (sources.some((s) => !eventLogSources.includes(s as (typeof eventLogSources)[number])))
        say(`"${id}" matches an event id, so it applies to event logs only`);
      if (evidence && text === 0) {
        say(
          `"${id}" would count an event by its id alone: add its text (allOf or anyOf). Event ID 4689 in the Security log is "A process has exited"`,
        );
      }
    } else if (text === 0) {
      say(`"${id}" has nothing to look for: give allOf or anyOf`);
    }
  };

  signatures.signatures.forEach((s, i) => {
    path = ['signatures', i];
    checkId(s.id);
    if (!s.label.trim()) say(`"${s.id}" has no label`);
    if (s.certainty !== 'evidence' && s.certainty !== 'lead')
      say(`"${s.id}": certainty is "evidence" or "lead"`);
    const step = stepById.get(s.supports.step);
    const answer = step?.answer;
    if (!step) {
      say(`"${s.id}" supports an answer of "${s.supports.step}", which is not a step`);
    } else if (!answer || answer.type === 'confirm' || step.kind === 'start') {
      say(`"${s.id}" supports an answer of a step that asks no question`, step.id);
    } else if (!answer.options.some((o) => o.value === s.supports.value)) {
      say(
        `"${s.id}" supports "${s.supports.value}", which is not an option of the step (${answer.options.map((o) => o.value).join(', ')})`,
        step.id,
      );
    } else if (step.id !== signatures.step && answer.type !== 'single') {
      say(
        `"${s.id}" supports an option of a multiple choice other than \`step\`: the analyzer pre-fills only \`step\` and single choices`,
        step.id,
      );
    }
    if (s.cause !== undefined && stepById.get(s.cause)?.kind !== 'cause')
      say(`"${s.id}" points to "${s.cause}", which is not a cause step`);
    checkMatch(s.id, s.sources, s.match, true);
  });

  signatures.notEvidence.forEach((n, i) => {
    path = ['notEvidence', i];
    checkId(n.id);
    if (!signatures.signatures.some((s) => s.id === n.mistakenFor))
      say(`"${n.id}" is mistaken for "${n.mistakenFor}", which is not a signature`);
    if (!n.explanation.trim()) say(`"${n.id}" has no explanation: say why it is not evidence`);
    checkMatch(n.id, n.sources, n.match, false);
  });

  const signatureIds = new Set(signatures.signatures.map((s) => s.id));
  signatures.engineerQuestions.forEach((q, i) => {
    path = ['engineerQuestions', i];
    if (!stepById.has(q.step)) say(`a question names "${q.step}", which is not a step`);
    if (!q.label.trim() || !q.why.trim()) say('a question needs its label and why', q.step);
    for (const id of [...(q.whenFound ?? []), ...(q.unlessFound ?? [])]) {
      if (!signatureIds.has(id)) say(`a question names "${id}", which is not a signature`, q.step);
    }
  });
  return problems;
}

/** A pattern that matches empty text would match every line. */
function matchesEmpty(pattern: TextPattern): boolean {
  if (typeof pattern === 'string') return pattern.length === 0;
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test('');
}
