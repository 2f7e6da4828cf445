import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../validation/guide-problem';
import { checkGuideSource } from './check-guide-source';
import { compileGuide } from './compile-guide';
import { generatedFiles } from './generated-files';
import type { GuideSourceFiles } from './guide-source';
import { readGuideFolder } from './read-guide-folder';

/**
 * The validator as an author meets it: the Markdown fixture guide broken one way at a time, each
 * way giving its own message at `file:line:column`, the line and column on the mistake.
 */

const folder = 'e2e/fixtures/guides/test-fixture-badge-printer';
const fixture = readGuideFolder(process.cwd(), folder);
const current = generatedFiles(compileGuide(fixture));

/** The fixture with one text of one file replaced (it must be there once). */
function broken(file: string, from: string, to: string): GuideSourceFiles {
  const text = fixture.files[file];
  if (text === undefined) throw new Error(`no ${file}`);
  if (text.split(from).length !== 2) throw new Error(`"${from}" is not in ${file} once`);
  return { ...fixture, files: { ...fixture.files, [file]: text.replace(from, to) } };
}

function problemsOf(files: GuideSourceFiles, options: { regenerate?: boolean } = {}): string[] {
  const source = compileGuide(files);
  return checkGuideSource(source, {
    generated: options.regenerate === false ? current : generatedFiles(source),
  }).map((p) => formatProblem({ ...p, guide: 'test-fixture-badge-printer', folder }));
}

/**
 * The problem that starts with `${folder}/${file}:` and says `message`; the text at its line and
 * column starts with `at`, in the file as broken.
 */
function expectProblem(
  problems: readonly string[],
  files: GuideSourceFiles,
  file: string,
  message: string,
  at?: string,
) {
  const found = problems.find((p) => p.startsWith(`${folder}/${file}:`) && p.includes(message));
  expect(found, `${message}\nin:\n${problems.join('\n')}`).toBeDefined();
  const [, line, column] = /^[^:]+:(\d+):(\d+): /.exec(found!) ?? [];
  expect(line, found).toBeDefined();
  if (at !== undefined) {
    const text = files.files[file]!.split('\n')[Number(line) - 1]!;
    expect(text.slice(Number(column) - 1), found).toMatch(
      new RegExp(`^${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  }
  return found!;
}

test('the fixture guide, as it is, has nothing wrong', () => {
  expect(problemsOf(fixture, { regenerate: false })).toEqual([]);
});

interface Broken {
  what: string;
  file: string;
  from: string;
  to: string;
  /** The file the problem is said in (the broken file unless said). */
  in?: string;
  message: string;
  fix?: string;
  /** The text at the problem's line and column. */
  at?: string;
}

const cases: Broken[] = [
  {
    what: 'a `next` that names nothing',
    file: 'pages/which-error.mdx',
    from: 'next: feed-checks',
    to: 'next: feed-check',
    message: '`feed-check` is no page and no decision of this guide',
    fix: 'did you mean `feed-checks`?',
    at: 'feed-check',
  },
  {
    what: 'a value that is not an option of the step a rule reads',
    file: 'decisions/ribbon-decision.md',
    from: 'ribbon-state contains torn',
    to: 'ribbon-state contains tron',
    message: '`tron` is not an option of step `ribbon-state` (torn, out, wrong-ribbon, none)',
    fix: 'did you mean `torn`?',
    at: 'tron',
  },
  {
    what: 'a rule reading a step the guide does not have',
    file: 'decisions/ribbon-decision.md',
    from: 'ribbon-state has any of',
    to: 'ribon-state has any of',
    message: '`ribon-state` is no step of this guide',
    fix: 'did you mean `ribbon-state`?',
    at: 'ribon-state',
  },
  {
    what: 'a named condition that does not exist',
    file: 'decisions/feed-decision.md',
    from: 'and all-feed-checks',
    to: 'and all-feed-check',
    message: '`all-feed-check` is no named condition of this guide',
    fix: 'did you mean `all-feed-checks`?',
    at: 'all-feed-check',
  },
  {
    what: 'a condition that cannot be read',
    file: 'decisions/ribbon-decision.md',
    from: 'ribbon-state contains torn',
    to: 'ribbon-state contains torn and',
    message: 'the condition cannot be read at the end of the condition: expected',
  },
  {
    what: 'a step no answer leads to',
    file: 'pages/which-error.mdx',
    from: 'next: other-errors',
    to: 'next: escalate',
    in: 'pages/other-errors.mdx',
    message: '`other-errors` is unreachable: no answer or rule leads here from the start',
  },
  {
    what: 'a step from which no end can be reached',
    file: 'pages/fix-feed.mdx',
    from: 'next: test-card',
    to: 'next: fix-feed',
    message: '`fix-feed` is a dead end: no end step can be reached from here, whatever the answers',
  },
  {
    what: 'steps that go round in a circle',
    file: 'pages/test-card.mdx',
    from: 'no: escalate',
    to: 'no: fix-feed',
    message: 'the steps go round in a circle: test-card → fix-feed → test-card',
  },
  {
    what: 'a decision without `otherwise`',
    file: 'decisions/ribbon-decision.md',
    from: '  - otherwise: escalate\n',
    to: '',
    message: 'the rules have no `otherwise`: when none holds, the guide would stop here',
    fix: 'end the rules with `- otherwise: <step or decision>`',
    at: '- when',
  },
  {
    what: 'a rule on an answer that some way into the decision never gives',
    file: 'decisions/feed-decision.md',
    from: 'which-error = feed and all-feed-checks',
    to: 'which-error = feed and all-feed-checks and ribbon-state contains torn',
    message:
      '`ribbon-state` is not answered on every way into `feed-decision` (not on start → which-error → feed-checks → feed-decision)',
    at: 'ribbon-state',
  },
  {
    what: 'two steps at one path',
    file: 'pages/replace-ribbon.mdx',
    from: 'path: ribbon/replace',
    to: 'path: ribbon',
    message: "the path `ribbon` is also step `ribbon-state`'s",
    at: 'ribbon',
  },
  {
    what: 'a table that did not parse',
    file: 'pages/which-error.mdx',
    from: '| --- | --- | --- |\n',
    to: '',
    message: 'a line like a table row (`| a | b |`) that is not a table',
    at: '| Status light',
  },
  {
    what: 'a term the glossary does not have',
    file: 'pages/ribbon-state.mdx',
    from: '<Term>ribbon</Term>',
    to: '<Term>ribon</Term>',
    message: '<Term>ribon</Term> is not in the glossary',
    fix: 'did you mean "Ribbon"?',
    at: '<Term>ribon',
  },
  {
    what: 'a question without “why we ask this”',
    file: 'pages/ribbon-state.mdx',
    from: "why:\n  decides: Whether to rewind the ribbon, replace it, or escalate.\n  tsg:\n    - If none of these, escalate to the vendor with the printer's serial number.\n",
    to: '',
    message: 'a question without `why:`',
    at: 'question',
  },
  {
    what: 'a practice case that ends elsewhere',
    file: 'practice-cases.yml',
    from: '    outcome: escalate',
    to: '    outcome: resolved',
    message:
      'case "no-ribbon-fault": the path ends at "escalate", not at "resolved" as the case says',
    at: 'no-ribbon-fault',
  },
  {
    what: 'a YAML value outside its schema',
    file: 'glossary.yml',
    from: 'source: tsg',
    to: 'source: tgs',
    message: '`tgs` is not a source: use one of tsg, added',
    fix: 'did you mean `tsg`?',
    at: 'tgs',
  },
  {
    what: 'a field the front matter does not have',
    file: 'pages/test-card.mdx',
    from: 'shortTitle: Test card',
    to: 'shorttitle: Test card',
    message: 'unknown field `shorttitle`',
    fix: 'did you mean `shortTitle`?',
    at: 'shorttitle',
  },
  {
    what: 'YAML that reads a word as a number',
    file: 'search-terms.yml',
    from: '[feed roller, pick roller]',
    to: '[feed roller, 0x10]',
    message: 'item 2 should be text, not the number `16`',
    fix: "YAML reads 0x10 as a number: write it in quotes, '0x10'",
    at: '0x10',
  },
  {
    what: 'a phase the guide does not have',
    file: 'pages/ribbon-state.mdx',
    from: 'phase: check',
    to: 'phase: chek',
    message: '`chek` is not one of the phases of guide.md (identify, check, fix, outcome)',
    fix: 'did you mean `check`?',
    at: 'chek',
  },
  {
    what: 'a scenario that ends elsewhere',
    file: 'scenarios.yml',
    from: '  ends: cause-torn-ribbon',
    to: '  ends: replace-ribbon',
    message:
      'scenario "A torn ribbon comes before a wrong one": the answers lead to `cause-torn-ribbon`, not `replace-ribbon`',
    at: 'replace-ribbon',
  },
  {
    what: 'a scenario answer that is not one',
    file: 'scenarios.yml',
    from: 'ribbon-state: out,',
    to: 'ribbon-state: outt,',
    message:
      'scenario "A ribbon that is out is replaced": `outt` is not an answer of step `ribbon-state`',
    fix: 'did you mean `out`?',
    at: 'outt',
  },
  {
    what: 'a regular expression that does not compile',
    file: 'signatures.yml',
    from: '(?:out|empty)',
    to: '(?:out|empty',
    message: 'is not a regular expression',
  },
  {
    what: 'YAML that cannot be read',
    file: 'signatures.yml',
    from: "why: 'The log does not say: print one.'",
    to: 'why: The log does not say: print one.',
    message: 'the YAML cannot be read',
  },
];

for (const c of cases) {
  test(`${c.what}: ${c.message}`, () => {
    const files = broken(c.file, c.from, c.to);
    const found = expectProblem(problemsOf(files), files, c.in ?? c.file, c.message, c.at);
    if (c.fix) expect(found).toContain(` — ${c.fix}`);
  });
}

test('an end step no practice case finishes on', () => {
  const files = broken(
    'practice-cases.yml',
    readFileSync(join(folder, 'practice-cases.yml'), 'utf8').slice(
      readFileSync(join(folder, 'practice-cases.yml'), 'utf8').indexOf('- id: unknown-error'),
    ),
    '',
  );
  expectProblem(
    problemsOf(files),
    files,
    'practice-cases.yml',
    'no practice case ends on `other-errors`',
  );
});

test('generated/ out of date after a change to the flow', () => {
  const files = broken(
    'pages/test-card.mdx',
    'label: Yes, the test card prints',
    'label: Yes, it prints',
  );
  expectProblem(
    problemsOf(files, { regenerate: false }),
    { ...files, files: { ...files.files, 'generated/machine.json': '' } },
    'generated/machine.json',
    'out of date: the guide’s files say otherwise — run `npm run guide:graph -- test-fixture-badge-printer` and commit it',
  );
});

test('a TSG of two cards gives the manifest both, and one of none is a problem', () => {
  const source = compileGuide(fixture);
  expect(source.manifest?.cards.map((c) => c.articleId)).toEqual([
    '00000000-0000-4000-8000-00000000b201',
    '00000000-0000-4000-8000-00000000b202',
  ]);
  expect(source.manifest?.articleId).toBe(
    '00000000-0000-4000-8000-00000000b201, 00000000-0000-4000-8000-00000000b202',
  );
  const files = {
    ...fixture,
    files: { ...fixture.files, 'tsg.txt': 'A TSG pasted without its header.' },
  };
  expectProblem(problemsOf(files), files, 'tsg.txt', 'no `<properties … />` block');
});

test('npm run check:guides on a broken folder exits non-zero with the file, line and fix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broken-guide-'));
  try {
    const files = broken('pages/which-error.mdx', 'next: feed-checks', 'next: feed-check').files;
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const run = spawnSync('node', ['scripts/check-guides.mjs', dir], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(
      /pages\/which-error\.mdx:\d+:\d+: `feed-check` is no page and no decision of this guide — did you mean `feed-checks`\?/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
