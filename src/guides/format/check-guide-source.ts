import { defineCompiledGuide } from '../../machine/compiled-guide.ts';
import type { NamedPredicate } from '../../machine/guide-condition.ts';
import { createGuideModel, type GuideModel } from '../../machine/guide-model.ts';
import { findGlossaryEntry } from '../../machine/guide-training.ts';
import {
  endStepsWithoutCase,
  validatePracticeCases,
} from '../../machine/practice-case-problems.ts';
import { isValidAnswer, replay } from '../../machine/replay.ts';
import { closestWord } from '../../lib/edit-distance.ts';
import { checkAnswerEvents } from '../validation/check-answer-events.ts';
import { checkSignatures } from '../validation/check-signatures.ts';
import type { Problem } from '../validation/guide-problem.ts';
import { stateGraph } from '../validation/state-graph.ts';
import type { CompiledGuideSource } from './compile-guide.ts';
import { generatedFiles } from './generated-files.ts';
import { markdownGuideFiles as files } from './guide-source.ts';

/**
 * Everything `npm run check:guides` can say of a guide written in Markdown from its files alone
 * (no build, no rendering): what compiling it found, then, on its machine, every answer run
 * through it (a rule that never holds leaves a step no answers reach), its scenarios, its
 * practice cases, "why we ask this" for every question, every marked term in its glossary, its
 * log signatures, tables that did not parse, and the `generated/` files up to date.
 */
export function checkGuideSource(
  source: CompiledGuideSource,
  options: {
    predicates?: Readonly<Record<string, NamedPredicate>>;
    /** The `generated/` files as they are in the folder (`undefined`: missing). */
    generated: Readonly<Record<string, string | undefined>>;
  },
): Problem[] {
  const problems: Problem[] = [...source.problems];
  const id = source.folder.slice(source.folder.lastIndexOf('/') + 1);

  for (const step of source.steps) {
    for (const at of step.scan.brokenTables) {
      problems.push({
        file: step.file,
        ...at,
        message: 'a line like a table row (`| a | b |`) that is not a table',
        fix: 'a table needs its header row, then a row like `| --- | --- |`, with as many columns',
      });
    }
    for (const h1 of step.scan.h1s) {
      problems.push({
        file: step.file,
        line: h1.line,
        column: h1.column,
        message: `a level-1 heading ("# ${h1.text}"): the step's title is the page's only one`,
        fix: 'start the page’s headings at ##',
      });
    }
  }
  problems.push(...checkTerms(source), ...checkWhyWeAsk(source));

  if (source.compiled && source.manifest) {
    const guide = createGuideModel(
      source.manifest,
      defineCompiledGuide(source.compiled, options.predicates),
    );
    const machineProblems = checkAnswerEvents(guide.machine, stateGraph(guide.machine), 'machine');
    for (const problem of machineProblems) {
      const where = problem.step ? source.locate(problem.step) : { file: files.manifest };
      problems.push({ ...problem, ...where });
    }
    problems.push(...checkScenarios(source, guide), ...checkPracticeCases(source, guide));
    const signatures = source.data.signatures;
    const yaml = source.dataSources.signatures;
    if (signatures && yaml) {
      problems.push(...checkSignatures(guide.steps, signatures, { file: yaml.file, at: yaml.at }));
    }
    for (const [file, text] of Object.entries(generatedFiles(source))) {
      if (options.generated[file] !== text) {
        problems.push({
          file,
          line: 1,
          column: 1,
          message:
            options.generated[file] === undefined
              ? 'missing'
              : 'out of date: the guide’s files say otherwise',
          fix: `run \`npm run guide:graph -- ${id}\` and commit it`,
        });
      }
    }
  }
  return problems;
}

/** Every `<Term>` of the pages is in the glossary, and the glossary names each term once. */
function checkTerms(source: CompiledGuideSource): Problem[] {
  const problems: Problem[] = [];
  const glossary = source.data.glossary;
  const yaml = source.dataSources.glossary;
  // A glossary that cannot be read is reported as such, not as every term missing from it.
  if (yaml && !glossary) return problems;
  const known = (glossary ?? []).flatMap((e) => [e.term, ...(e.aliases ?? [])]);
  for (const step of source.steps) {
    for (const { term, line, column } of step.scan.terms) {
      if (glossary && findGlossaryEntry(glossary, term)) continue;
      const near = closestWord(
        term.toLowerCase(),
        known.map((k) => k.toLowerCase()),
      );
      problems.push({
        file: step.file,
        line,
        column,
        message: `<Term>${term}</Term> is not in the glossary`,
        fix: !yaml
          ? 'add glossary.yml with the term'
          : near
            ? `did you mean "${known.find((k) => k.toLowerCase() === near)}"? Else add it to glossary.yml`
            : 'add it to glossary.yml, or name its entry: <Term name="…">',
      });
    }
  }
  const seen = new Map<string, number>();
  glossary?.forEach((entry, i) => {
    const key = entry.term.toLowerCase();
    if (seen.has(key) && yaml) {
      problems.push({
        file: yaml.file,
        ...yaml.at([i, 'term']),
        message: `the term "${entry.term}" is already defined above`,
        fix: 'merge the two entries',
      });
    }
    seen.set(key, i);
  });
  return problems;
}

/** When a guide says why it asks one question, it says so for every question. */
function checkWhyWeAsk(source: CompiledGuideSource): Problem[] {
  if (!source.steps.some((s) => s.front.why)) return [];
  return source.steps
    .filter((s) => s.front.kind === 'question' && !s.front.why)
    .map((s) => ({
      file: s.file,
      ...s.yaml.at(['kind']),
      message: 'a question without `why:`: the guide says why it asks its other questions',
      fix: 'add `why:` with what the answer `decides`',
    }));
}

/** Each scenario's answers lead where it says. */
function checkScenarios(source: CompiledGuideSource, guide: GuideModel): Problem[] {
  const scenarios = source.data.scenarios;
  const yaml = source.dataSources.scenarios;
  if (!scenarios || !yaml) return [];
  const problems: Problem[] = [];
  const ids = guide.steps.map((s) => s.id);
  scenarios.forEach((scenario, i) => {
    const say = (path: PropertyKey[], message: string, fix?: string) =>
      problems.push({
        file: yaml.file,
        ...yaml.at([i, ...path]),
        message: `scenario "${scenario.name}": ${message}`,
        ...(fix ? { fix } : {}),
      });
    let valid = true;
    for (const [stepId, value] of Object.entries(scenario.answers)) {
      const step = guide.stepById(stepId);
      if (!step) {
        const near = closestWord(stepId, ids);
        say(
          ['answers', stepId],
          `\`${stepId}\` is no step`,
          near ? `did you mean \`${near}\`?` : undefined,
        );
        valid = false;
      } else if (!isValidAnswer(step, value)) {
        const options =
          step.answer?.type === 'multiple'
            ? [...step.answer.options, step.answer.none]
            : (step.answer?.options ?? []);
        const near = closestWord(
          value,
          options.map((o) => o.value),
        );
        say(
          ['answers', stepId],
          `\`${value}\` is not an answer of step \`${stepId}\` (${options.map((o) => o.value).join(', ')})`,
          near ? `did you mean \`${near}\`?` : undefined,
        );
        valid = false;
      }
    }
    if (!guide.stepById(scenario.ends)) {
      const near = closestWord(scenario.ends, ids);
      say(
        ['ends'],
        `\`${scenario.ends}\` is no step`,
        near ? `did you mean \`${near}\`?` : undefined,
      );
      return;
    }
    if (!valid) return;
    const replayed = replay(guide, scenario.answers);
    const ended = replayed.trail.at(-1)!.id;
    const way = replayed.trail.map((s) => s.id).join(' → ');
    if (ended !== scenario.ends) {
      say(
        ['ends'],
        `the answers lead to \`${ended}\`, not \`${scenario.ends}\` (${way})`,
        'fix the flow, or the scenario if the flow is right',
      );
    }
    for (const stepId of Object.keys(scenario.answers)) {
      if (!replayed.used.includes(stepId)) {
        say(
          ['answers', stepId],
          `the answer to \`${stepId}\` is never used: the way (${way}) does not pass there`,
        );
      }
    }
  });
  return problems;
}

/** Each practice case takes a way its answers allow and ends where it says; every end has one. */
function checkPracticeCases(source: CompiledGuideSource, guide: GuideModel): Problem[] {
  const cases = source.data.practiceCases;
  const yaml = source.dataSources.practiceCases;
  if (!cases || !yaml) return [];
  const index = new Map(cases.map((c, i) => [c.id, i]));
  return [
    ...validatePracticeCases(guide, cases).map((p) => ({
      file: yaml.file,
      ...yaml.at([index.get(p.caseId) ?? 0, 'id']),
      message: `case "${p.caseId}": ${p.message}`,
    })),
    ...endStepsWithoutCase(guide, cases).map((step) => ({
      file: yaml.file,
      line: 1,
      column: 1,
      message: `no practice case ends on \`${step.id}\` (${step.title})`,
      fix: `add a case whose \`expected.outcome\` is \`${step.id}\``,
    })),
  ];
}
