import type { Condition } from '../../machine/guide-condition.ts';
import type { CompiledGuide } from '../../machine/compiled-guide.ts';
import type { GuideManifest } from '../../machine/guide-definition.ts';
import type { GuideSignatures } from '../../machine/guide-signatures.ts';
import type { Glossary, PracticeCase, WhyWeAsk } from '../../machine/guide-training.ts';
import type { GuideSearchTerms } from '../../machine/guide-definition.ts';
import { closestWord } from '../../lib/edit-distance.ts';
import type { Problem } from '../validation/guide-problem.ts';
import { buildMachine } from './build-machine.ts';
import { checkFlow } from './check-flow.ts';
import { type ConditionUse, checkConditions } from './check-conditions.ts';
import {
  decisionSchema,
  glossarySchema,
  guideSchema,
  practiceCasesSchema,
  scenariosSchema,
  searchTermsSchema,
  signaturesSchema,
  stepSchema,
  type DecisionFrontMatter,
  type GuideFrontMatter,
  type StepFrontMatter,
} from './guide-schemas.ts';
import { markdownGuideFiles as files, type GuideSourceFiles } from './guide-source.ts';
import { parseCondition } from './parse-condition.ts';
import { readSignatures } from './read-signatures.ts';
import { parseWith } from './schema-problems.ts';
import { scanPage, type PageScan } from './scan-page.ts';
import { readTsgCards } from './tsg-cards.ts';
import { readMarkdownFile, readYaml, type Position, type YamlSource } from './yaml-source.ts';

/**
 * A guide written in Markdown, compiled: its manifest from `guide.md` (and the TSG's
 * `<properties>` from `tsg.txt`), its machine from the front matter of `pages/` and
 * `decisions/`, its data from the YAML files. Pure: the files come in as text. Every problem is
 * said at `file:line:column`; the machine is made only when nothing stops it.
 */

export interface StepSource {
  id: string;
  file: string;
  front: StepFrontMatter;
  yaml: YamlSource;
  scan: PageScan;
}

export interface DecisionSource {
  id: string;
  file: string;
  front: DecisionFrontMatter;
  yaml: YamlSource;
  /** The rules' conditions, parsed (`undefined` for `otherwise`). */
  conditions: readonly (Condition | undefined)[];
}

export interface GuideData {
  glossary?: Glossary;
  searchTerms?: GuideSearchTerms;
  practiceCases?: readonly PracticeCase[];
  signatures?: GuideSignatures;
  scenarios?: readonly { name: string; answers: Record<string, string>; ends: string }[];
}

export interface CompiledGuideSource {
  folder: string;
  manifest?: GuideManifest;
  /** The machine and notices; absent while a problem stops them from being made. */
  compiled?: CompiledGuide;
  steps: readonly StepSource[];
  decisions: readonly DecisionSource[];
  /** Step id → the TSG's words it must show (its `facts:` and its `<Fact>`s). */
  facts: Readonly<Record<string, readonly string[]>>;
  whyWeAsk: WhyWeAsk;
  data: GuideData;
  /** Where each data file's values stand, for later checks. */
  dataSources: Readonly<Partial<Record<keyof GuideData, YamlSource>>>;
  problems: readonly Problem[];
  /** Where a step's or a decision's file is. */
  locate(id: string): { file: string } & Position;
}

const idOf = (file: string, dir: string, ext: string) =>
  file.startsWith(`${dir}/`) && file.endsWith(ext) && !file.slice(dir.length + 1).includes('/')
    ? file.slice(dir.length + 1, -ext.length)
    : undefined;

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function compileGuide(source: GuideSourceFiles): CompiledGuideSource {
  const problems: Problem[] = [];
  const folderName = source.folder.slice(source.folder.lastIndexOf('/') + 1);
  const fileNames = Object.keys(source.files);

  // guide.md
  let guide: GuideFrontMatter | undefined;
  let guideYaml: YamlSource | undefined;
  const guideText = source.files[files.manifest];
  if (guideText === undefined) {
    problems.push({
      file: files.manifest,
      message: 'missing: a guide written in Markdown starts with its `guide.md`',
    });
  } else {
    const read = readMarkdownFile(files.manifest, guideText);
    guideYaml = read.frontMatter;
    if (!guideYaml) {
      problems.push({
        file: files.manifest,
        line: 1,
        column: 1,
        message: 'no front matter: `guide.md` starts with `---`, its manifest, and `---`',
      });
    } else {
      const parsed = parseWith(guideSchema, guideYaml);
      guide = parsed.value;
      problems.push(...parsed.problems);
    }
  }

  // tsg.txt
  const tsgText = source.files[files.tsg];
  const cards = tsgText === undefined ? [] : readTsgCards(tsgText);
  if (tsgText === undefined) {
    problems.push({
      file: files.tsg,
      message: 'missing: the TSG as received, with its `<properties>`',
      fix: 'copy the TSG into tsg.txt as it is',
    });
  } else if (cards.length === 0) {
    problems.push({
      file: files.tsg,
      line: 1,
      column: 1,
      message: 'no `<properties … />` block: the manifest reads the TSG’s properties from here',
    });
  }

  // pages/ and decisions/
  const steps: StepSource[] = [];
  const decisions: DecisionSource[] = [];
  /** Pages and decisions whose front matter could not be read: there, but not known. */
  const unread = new Set<string>();
  const uses: ConditionUse[] = [];
  const readFront = (file: string, text: string) => {
    const read = readMarkdownFile(file, text);
    if (!read.frontMatter) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: 'no front matter: the file starts with `---`, what it declares, and `---`',
      });
    }
    return read.frontMatter;
  };
  const checkId = (id: string, file: string) => {
    if (!slug.test(id)) {
      problems.push({
        file,
        message: `the file name \`${id}\` is not an id: lowercase words joined by hyphens`,
        fix: 'rename the file',
      });
      return false;
    }
    return true;
  };
  const conditionOf = (
    text: string,
    yaml: YamlSource,
    path: readonly PropertyKey[],
    use: Omit<ConditionUse, 'condition' | 'refs' | 'at'>,
  ) => {
    const parsed = parseCondition(text);
    if ('error' in parsed) {
      problems.push({
        file: yaml.file,
        ...yaml.within(path, parsed.offset),
        message: parsed.error,
      });
      return undefined;
    }
    uses.push({
      ...use,
      condition: parsed.condition,
      refs: parsed.refs,
      at: (offset) => yaml.within(path, offset),
    });
    return parsed.condition;
  };

  for (const file of fileNames.sort()) {
    const pageId = idOf(file, 'pages', '.mdx');
    const decisionId = idOf(file, 'decisions', '.md');
    if (pageId !== undefined && checkId(pageId, file)) {
      const yaml = readFront(file, source.files[file]!);
      const scan = scanPage(source.files[file]!);
      if (scan.error)
        problems.push({
          file,
          line: scan.error.line,
          column: scan.error.column,
          message: `the page cannot be read as MDX: ${scan.error.message}`,
        });
      const parsed = yaml && parseWith(stepSchema, yaml);
      problems.push(...(parsed?.problems ?? []));
      if (parsed?.value && yaml) steps.push({ id: pageId, file, front: parsed.value, yaml, scan });
      else unread.add(pageId);
    } else if (decisionId !== undefined && checkId(decisionId, file)) {
      const yaml = readFront(file, source.files[file]!);
      if (!yaml) continue;
      const parsed = parseWith(decisionSchema, yaml);
      problems.push(...parsed.problems);
      if (parsed.value)
        decisions.push({ id: decisionId, file, front: parsed.value, yaml, conditions: [] });
    }
  }

  // Order: guide.md's `steps`.
  if (guide) {
    const pageIds = new Set(steps.map((s) => s.id));
    guide.steps.forEach((id, i) => {
      if (!pageIds.has(id) && !fileNames.includes(files.page(id))) {
        const near = closestWord(id, pageIds);
        problems.push({
          file: files.manifest,
          ...guideYaml!.at(['steps', i]),
          message: `\`${id}\` has no page (\`${files.page(id)}\`)`,
          fix: near
            ? `did you mean \`${near}\`?`
            : `add ${files.page(id)}, or remove it from \`steps\``,
        });
      }
      if (guide!.steps.indexOf(id) !== i)
        problems.push({
          file: files.manifest,
          ...guideYaml!.at(['steps', i]),
          message: `\`${id}\` is listed twice in \`steps\``,
        });
    });
    for (const step of steps) {
      if (!guide.steps.includes(step.id)) {
        problems.push({
          file: files.manifest,
          ...guideYaml!.at(['steps']),
          message: `the page \`${step.file}\` is not listed in \`steps\``,
          fix: `add \`${step.id}\` to \`steps\`, where the reader meets it`,
        });
      }
    }
    steps.sort((a, b) => guide!.steps.indexOf(a.id) - guide!.steps.indexOf(b.id));
  }
  for (const decision of decisions) {
    if (steps.some((s) => s.id === decision.id)) {
      problems.push({
        file: decision.file,
        line: 1,
        column: 1,
        message: `\`${decision.id}\` is also a page's id: ids name one step or decision each`,
        fix: 'rename the decision',
      });
    }
  }

  // Conditions: named ones, rules, reasons, ruled-out causes.
  const conditions: Record<string, Condition> = {};
  for (const [name, text] of Object.entries(guide?.conditions ?? {})) {
    const parsed = conditionOf(text, guideYaml!, ['conditions', name], {
      file: files.manifest,
      kind: 'named',
      owner: name,
    });
    if (parsed) conditions[name] = parsed;
  }
  for (const decision of decisions) {
    decision.conditions = decision.front.rules.map((rule, i) =>
      'when' in rule
        ? conditionOf(rule.when, decision.yaml, ['rules', i, 'when'], {
            file: decision.file,
            kind: 'rule',
            owner: decision.id,
          })
        : undefined,
    );
  }
  const notices = new Map<
    string,
    { reasons: (Condition | undefined)[]; ruledOut?: Condition; cases: (Condition | undefined)[][] }
  >();
  for (const step of steps) {
    const { reasons = [], ruledOut } = step.front;
    notices.set(step.id, {
      reasons: reasons.map((r, i) =>
        'when' in r
          ? conditionOf(r.when, step.yaml, ['reasons', i, 'when'], {
              file: step.file,
              kind: 'notice',
              owner: step.id,
            })
          : undefined,
      ),
      ruledOut:
        ruledOut &&
        conditionOf(ruledOut.when, step.yaml, ['ruledOut', 'when'], {
          file: step.file,
          kind: 'notice',
          owner: step.id,
        }),
      cases: (ruledOut?.symptoms ?? []).map((symptom, s) =>
        symptom.cases.map((c, i) =>
          'when' in c
            ? conditionOf(c.when, step.yaml, ['ruledOut', 'symptoms', s, 'cases', i, 'when'], {
                file: step.file,
                kind: 'notice',
                owner: step.id,
              })
            : undefined,
        ),
      ),
    });
  }

  const flowProblems = checkFlow({ guide, steps, decisions, unread });
  problems.push(...flowProblems.problems);
  problems.push(
    ...checkConditions({
      uses,
      steps,
      decisions,
      named: conditions,
      predicates: source.predicates,
      hasPredicates: source.hasPredicates ?? fileNames.includes(files.predicates),
      mustBeAnswered: flowProblems.mustBeAnswered,
      wayAround: flowProblems.wayAround,
    }),
  );

  // A machine is made only from front matter with nothing wrong in it.
  const stops = problems.length > 0 || flowProblems.stops;

  // Data files.
  const data: GuideData = {};
  const dataSources: Partial<Record<keyof GuideData, YamlSource>> = {};
  const readData = <K extends keyof GuideData>(
    key: K,
    file: string,
    read: (yaml: YamlSource) => { value?: GuideData[K]; problems: Problem[] },
  ) => {
    const text = source.files[file];
    if (text === undefined) return;
    const yaml = readYaml(file, text);
    dataSources[key] = yaml;
    const result = read(yaml);
    problems.push(...result.problems);
    if (result.value !== undefined) data[key] = result.value;
  };
  readData('glossary', files.glossary, (y) => parseWith(glossarySchema, y));
  readData('searchTerms', files.searchTerms, (y) => parseWith(searchTermsSchema, y));
  readData('practiceCases', files.practiceCases, (y) => parseWith(practiceCasesSchema, y));
  readData('scenarios', files.scenarios, (y) => parseWith(scenariosSchema, y));
  readData('signatures', files.signatures, (y) =>
    readSignatures(y, parseWith(signaturesSchema, y)),
  );

  const manifest: GuideManifest | undefined = guide && {
    id: folderName,
    basePath: guide.basePath ?? `/${folderName}`,
    title: guide.title,
    summary: guide.summary,
    ...(guide.service === undefined ? {} : { service: guide.service }),
    version: guide.version,
    changelog: guide.changelog,
    errors: guide.errors,
    cards: cards.map((c) => c.properties),
    articleId: cards
      .map((c) => c.properties.articleId)
      .filter(Boolean)
      .join(', '),
    owner: guide.owner,
    ...(guide.wikiUrl === undefined ? {} : { wikiUrl: guide.wikiUrl }),
    phases: guide.phases,
    ...(guide.words ? { words: guide.words } : {}),
    ...(guide.ownsUnlabelledSessions ? { ownsUnlabelledSessions: true } : {}),
    ...(guide.testFixture ? { testFixture: true } : {}),
  };

  const compiled =
    guide && !stops
      ? buildMachine({ id: folderName, steps, decisions, conditions, notices })
      : undefined;

  const facts = Object.fromEntries(
    steps.map((s) => [s.id, [...(s.front.facts ?? []), ...s.scan.facts.map((f) => f.text)]]),
  );
  const whyWeAsk: WhyWeAsk = Object.fromEntries(
    steps.flatMap((s) => (s.front.why ? [[s.id, s.front.why]] : [])),
  );
  const located = new Map<string, string>([
    ...steps.map((s) => [s.id, s.file] as const),
    ...decisions.map((d) => [d.id, d.file] as const),
  ]);
  return {
    folder: source.folder,
    manifest,
    compiled,
    steps,
    decisions,
    facts,
    whyWeAsk,
    data,
    dataSources,
    problems,
    locate: (id) => ({ file: located.get(id) ?? files.manifest, line: 1, column: 1 }),
  };
}
