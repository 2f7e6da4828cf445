import type { StepMeta } from '../../machine/step-meta';
import type { CompiledGuideSource } from '../format/compile-guide';
import { markdownGuideFiles } from '../format/guide-source';
import { checkAnswerEvents } from './check-answer-events';
import { checkAnswerOptions } from './check-answer-options';
import { checkFacts } from './check-facts';
import { checkGuideFiles } from './check-guide-files';
import { checkGuideSet } from './check-guide-set';
import { checkMachineShape } from './check-machine-shape';
import { checkManifest } from './check-manifest';
import { checkPageContent } from './check-page-content';
import { checkPages, pageIdsIn } from './check-pages';
import { checkSignatures } from './check-signatures';
import { checkStepGraph } from './check-step-graph';
import { checkStepMeta } from './check-step-meta';
import type { GuideInput } from './guide-input';
import { guideFiles, type GuideProblem, type Problem } from './guide-problem';
import { cyclesIn, stateGraph, type StateGraph } from './state-graph';

/**
 * `npm run check:guides`: every check on every guide of a build, every problem listed (none
 * stops the others, as far as they can still run).
 */

export interface AppPages {
  /** The app's own pages besides the guides (`/`): links may lead there, guides may not sit there. */
  appPaths: readonly string[];
}

const stepPathname = (basePath: string, step: StepMeta) =>
  step.path ? `${basePath}/${step.path}` : basePath;

const folderName = (folder: string) => folder.slice(folder.lastIndexOf('/') + 1);

export function validateGuides(inputs: readonly GuideInput[], app: AppPages): GuideProblem[] {
  const graphs = inputs.map((input) =>
    input.definition?.machine ? stateGraph(input.definition.machine) : undefined,
  );
  const listed = inputs.flatMap((i) =>
    i.manifest ? [{ folder: i.folder, manifest: i.manifest }] : [],
  );
  const setProblems = checkGuideSet(listed, app.appPaths);
  const knownPaths = new Set(app.appPaths);
  inputs.forEach((input, i) => {
    for (const state of graphs[i]?.states.values() ?? []) {
      if (input.manifest && state.step)
        knownPaths.add(stepPathname(input.manifest.basePath, state.step));
    }
  });
  return inputs.flatMap((input, i) =>
    validateGuide(input, graphs[i], knownPaths, setProblems.get(input.folder) ?? []).map(
      (problem) => ({ guide: folderName(input.folder), folder: input.folder, ...problem }),
    ),
  );
}

function validateGuide(
  input: GuideInput,
  graph: StateGraph | undefined,
  knownPaths: ReadonlySet<string>,
  setProblems: readonly Problem[],
): Problem[] {
  if (input.markdown) return validateRenderedGuide(input, input.markdown, knownPaths, setProblems);
  const { files, manifest, definition } = input;
  const problems: Problem[] = [
    ...checkGuideFiles(files),
    ...checkManifest(manifest, folderName(input.folder), input.fixture),
    ...setProblems,
  ];
  if (files.includes(guideFiles.facts) && !input.facts) {
    problems.push({ file: guideFiles.facts, message: 'no `facts` exported' });
  }
  if (!definition?.machine || !graph) {
    if (files.includes(guideFiles.definition)) {
      problems.push({
        file: guideFiles.definition,
        message: 'no `definition` exported (defineGuide({ machine }))',
      });
    }
    return problems;
  }

  const machineFile = files.includes(guideFiles.machine)
    ? guideFiles.machine
    : guideFiles.definition;
  problems.push(
    ...checkMachineShape(definition.machine, graph, machineFile),
    ...checkStepMeta(graph, manifest?.phases, machineFile),
    ...checkAnswerOptions(graph, machineFile),
    ...checkStepGraph(graph, machineFile),
  );
  // Running a machine that goes round in circles proves nothing more (and may not stop).
  if (cyclesIn(graph).length === 0)
    problems.push(...checkAnswerEvents(definition.machine, graph, machineFile));

  const steps = [...graph.states.values()].flatMap((s) => (s.step ? [s.step] : []));
  if (input.signatures) problems.push(...checkSignatures(steps, input.signatures));
  else if (files.includes(guideFiles.signatures)) {
    problems.push({ file: guideFiles.signatures, message: 'no `signatures` exported' });
  }
  const pageIds = pageIdsIn(files);
  problems.push(
    ...checkPages(
      steps.map((s) => s.id),
      pageIds,
    ),
  );
  for (const id of pageIds) {
    const content = input.pageContent[id];
    const step = steps.find((s) => s.id === id);
    const pathname = step && manifest ? stepPathname(manifest.basePath, step) : undefined;
    if (content) problems.push(...checkPageContent(id, content, pathname, knownPaths));
  }
  if (input.renderError) {
    problems.push({
      file: guideFiles.definition,
      message: `the guide could not be rendered, so its steps' pages and facts are not checked: ${input.renderError}`,
    });
  } else {
    const missingPages = new Set(steps.map((s) => s.id).filter((id) => !pageIds.includes(id)));
    problems.push(...checkFacts(steps, input.facts ?? {}, input.stepPages, missingPages));
  }
  return problems;
}

/**
 * A guide written in Markdown, once built: what only its rendered pages show (each step's page
 * renders with its title, every fact on it as a reader sees it, every link opens something), and
 * what needs the other guides (ids and base paths). Everything else is `checkGuideSource`'s.
 */
function validateRenderedGuide(
  input: GuideInput,
  source: CompiledGuideSource,
  knownPaths: ReadonlySet<string>,
  setProblems: readonly Problem[],
): Problem[] {
  const { manifest } = input;
  const inGuideMd = (p: Problem) => ({ ...p, file: markdownGuideFiles.manifest });
  const problems: Problem[] = [
    ...checkManifest(manifest, folderName(input.folder), input.fixture).map(inGuideMd),
    ...setProblems.map(inGuideMd),
  ];
  if (input.renderError) {
    return [
      ...problems,
      {
        file: markdownGuideFiles.manifest,
        message: `the guide could not be rendered, so its pages and facts are not checked: ${input.renderError}`,
      },
    ];
  }
  const steps = source.steps;
  const metaOf = (id: string) => source.compiled?.machine.states[id]?.meta;
  for (const step of steps) {
    const content = input.pageContent[step.id];
    const meta = metaOf(step.id);
    const pathname = manifest && meta ? stepPathname(manifest.basePath, meta) : undefined;
    if (!content) continue;
    problems.push(
      ...checkPageContent(step.id, content, pathname, knownPaths, {
        linkAt: (href) => step.scan.links.find((l) => l.href === href) ?? {},
      }),
    );
  }
  const locate = (stepId: string, fact: string) => {
    const step = steps.find((s) => s.id === stepId);
    if (!step) return { file: markdownGuideFiles.manifest };
    const listed = step.front.facts?.indexOf(fact) ?? -1;
    if (listed !== -1) return { file: step.file, ...step.yaml.at(['facts', listed]) };
    const inline = step.scan.facts.find((f) => f.text === fact);
    return { file: step.file, ...(inline ? { line: inline.line, column: inline.column } : {}) };
  };
  const metas = steps.flatMap((s) => metaOf(s.id) ?? []);
  problems.push(...checkFacts(metas, source.facts, input.stepPages, new Set(), locate));
  return problems;
}
