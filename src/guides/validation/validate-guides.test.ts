import { expect, test } from 'vitest';
import type { StepMeta } from '../../machine/step-meta';
import type { GuideInput } from './guide-input';
import { formatProblem } from './guide-problem';
import { sampleConfig, sampleGuide } from './sample-guide';
import { validateGuides } from './validate-guides';

const app = { appPaths: ['/'] };

/** The problems of some guides, as `npm run check:guides` prints them. */
const problemsOf = (...guides: GuideInput[]) => validateGuides(guides, app).map(formatProblem);

type States = ReturnType<typeof sampleConfig>['states'] & {};
/** The sample guide with its machine's configuration changed. */
function withStates(change: (states: States) => void): GuideInput {
  const config = sampleConfig();
  change(config.states!);
  return sampleGuide(config);
}
const metaOf = (states: States, key: string) => states[key]!.meta as StepMeta;

test('the sample guide has no problems', () => {
  expect(problemsOf(sampleGuide())).toEqual([]);
});

test('a step without its page', () => {
  const guide = sampleGuide();
  const broken = { ...guide, files: guide.files.filter((f) => f !== 'pages/peel.mdx') };
  expect(problemsOf(broken)).toEqual([
    'content/sample/pages/peel.mdx step peel: missing page: every step has its page, pages/<step id>.mdx',
  ]);
});

test('a page without its step', () => {
  const guide = sampleGuide();
  const broken = {
    ...guide,
    files: [...guide.files, 'pages/pineapple.mdx'],
    pageContent: { ...guide.pageContent, pineapple: { html: '<p>Tropical.</p>' } },
  };
  expect(problemsOf(broken)).toEqual([
    'content/sample/pages/pineapple.mdx: orphan page: no step has the id "pineapple" (rename the page after its step, or remove it)',
  ]);
});

test('a state no answer leads to', () => {
  const broken = withStates((states) => {
    // Pear now ends the guide at once: the not-fixed step is left behind.
    states.fruit!.on = { 'fruit.apple': 'peel', 'fruit.pear': 'fixed' };
  });
  expect(problemsOf(broken)).toEqual([
    'content/sample/machine.ts step not-fixed: unreachable: no answer leads here from the start',
  ]);
});

test('a step from which no end can be reached', () => {
  const broken = withStates((states) => {
    // Peeling now records something and goes nowhere.
    states.peel!.on = { 'peel.done': { actions: () => undefined } };
  });
  const problems = problemsOf(broken);
  expect(problems).toContain(
    'content/sample/machine.ts step peel: dead end: no end step can be reached from here, whatever the answers',
  );
  expect(problems).toContain(
    'content/sample/machine.ts step found: unreachable: no answer leads here from the start',
  );
});

test('a cycle among the steps, through a decision', () => {
  const broken = withStates((states) => {
    states.deciding!.always = [
      { guard: ({ context }) => context.found.includes('worm'), target: 'causeWorm' },
      { guard: ({ context }) => context.found.includes('bruise'), target: 'peel' },
      { target: 'fixed' },
    ];
  });
  expect(problemsOf(broken)).toEqual([
    'content/sample/machine.ts step peel: cycle: peel → found → (decision deciding) → peel: a guide only moves forward (go back with Back, or change an answer)',
  ]);
});

test("an option whose event the machine doesn't handle", () => {
  const broken = withStates((states) => {
    states.fruit!.on = { 'fruit.apple': 'peel', 'fruit.pearr': 'notFixed' };
  });
  expect(problemsOf(broken)).toEqual([
    'content/sample/machine.ts step fruit: option "pear" sends "fruit.pear", which state "fruit" does not handle (it handles: fruit.apple, fruit.pearr)',
    'content/sample/machine.ts step not-fixed: no answers reach this step: no option on the way sends an event that leads here, or a guard refuses it',
  ]);
});

test('an option whose event a guard refuses where it is offered', () => {
  const broken = withStates((states) => {
    states.causeWorm!.on = {
      'worm.removed': { guard: ({ context }) => context.found.includes('bruise'), target: 'fixed' },
    };
  });
  expect(problemsOf(broken)).toEqual([
    'content/sample/machine.ts step cause-worm: option "applied" sends "worm.removed", which the machine refuses after start → fruit=apple → peel=peeled → found=worm: a guard lets no transition through',
  ]);
});

test('a step the graph reaches but no answers do', () => {
  const broken = withStates((states) => {
    states.deciding!.always = [
      { guard: ({ context }) => context.found.length > 5, target: 'causeWorm' },
      { target: 'fixed' },
    ];
  });
  expect(problemsOf(broken)).toEqual([
    'content/sample/machine.ts step cause-worm: no answers reach this step: no option on the way sends an event that leads here, or a guard refuses it',
  ]);
});

test('a fact missing from its step’s prerendered page', () => {
  const guide = sampleGuide();
  const broken = { ...guide, facts: { ...guide.facts, peel: ['Peel it with a spoon.'] } };
  expect(problemsOf(broken)).toEqual([
    'content/sample/facts.ts step peel: fact not on the step\'s prerendered page (write it verbatim in pages/peel.mdx): "Peel it with a spoon."',
  ]);
});

test('facts are compared as a reader sees them: markup, entities and line breaks aside', () => {
  const guide = sampleGuide();
  // The pages render "Look at the fruit & its leaf." as "<strong>Look</strong>\n  at the fruit &amp; its leaf."
  expect(guide.stepPages.fruit).toMatchObject({ html: expect.stringContaining('&amp;') });
  expect(problemsOf(guide)).toEqual([]);
});

test('facts for a step that does not exist, and an empty fact', () => {
  const guide = sampleGuide();
  const broken = { ...guide, facts: { ...guide.facts, peal: ['Peel.'], fixed: ['  '] } };
  expect(problemsOf(broken)).toEqual([
    'content/sample/facts.ts: facts for "peal", which is no step\'s id',
    'content/sample/facts.ts step fixed: an empty fact',
  ]);
});

test('a page whose step rendered something else (an error screen)', () => {
  const guide = sampleGuide();
  const broken = {
    ...guide,
    stepPages: { ...guide.stepPages, fixed: { html: '<h1>This step could not be opened</h1>' } },
  };
  expect(problemsOf(broken)).toEqual([
    'content/sample/pages/fixed.mdx step fixed: the rendered page\'s h1 is "This step could not be opened", not the step\'s title "Fixed"',
    'content/sample/facts.ts step fixed: fact not on the step\'s prerendered page (write it verbatim in pages/fixed.mdx): "Eat it."',
  ]);
});

test('internal links must open a step or a page of the app', () => {
  const guide = sampleGuide();
  const links = [
    '<a href="/sample/fruit/peal">a typo</a>',
    '<a href="cause/worm">relative, from fruit/peel: /sample/fruit/cause/worm</a>',
    '<a href="../found?fruit=apple#top">relative, fine</a>',
    '<a href="/">home</a>',
    '<a href="https://example.com/x">external</a>',
    '<a href="#section">in the page</a>',
    '<a href="javascript:alert(1)">a script</a>',
  ].join(' ');
  const broken = {
    ...guide,
    pageContent: { ...guide.pageContent, peel: { html: `<p>${links}</p>` } },
  };
  expect(problemsOf(broken)).toEqual([
    'content/sample/pages/peel.mdx step peel: link "/sample/fruit/peal" leads to /sample/fruit/peal, which is no step of any guide and no page of the app',
    'content/sample/pages/peel.mdx step peel: link "cause/worm" leads to /sample/fruit/cause/worm, which is no step of any guide and no page of the app',
    'content/sample/pages/peel.mdx step peel: link "javascript:alert(1)": only http(s) and mailto links leave the app',
  ]);
});

test('a page with its own h1', () => {
  const guide = sampleGuide();
  const broken = {
    ...guide,
    pageContent: { ...guide.pageContent, found: { html: '<h1>Inside</h1><p>Cut it in two.</p>' } },
  };
  expect(problemsOf(broken)).toEqual([
    "content/sample/pages/found.mdx step found: a level-1 heading (\"# Inside\"): the step's title is the page's only h1; start the page's headings at ##",
  ]);
});

test('incomplete or inconsistent metadata', () => {
  const guide = sampleGuide();
  const broken = {
    ...guide,
    manifest: {
      ...guide.manifest!,
      id: 'sampel',
      basePath: 'sample',
      version: 3,
      errors: [],
      articleId: 'another-article',
      owner: { name: '' },
    },
  };
  expect(problemsOf(broken)).toEqual([
    'content/sample/guide.ts: id "sampel" is not the folder\'s name, "sample"',
    'content/sample/guide.ts: basePath "sample" is not "/" and one lowercase slug ([a-z0-9-]+)',
    'content/sample/guide.ts: no changelog entry for version 3',
    'content/sample/guide.ts: errors: list the error names the TSG covers',
    'content/sample/guide.ts: articleId "another-article" is not the TSG properties\' articleId "sample-article"',
    'content/sample/guide.ts: owner: no name (who hears about a wrong step)',
    // The links now lead elsewhere: the base path changed.
    'content/sample/pages/fixed.mdx step fixed: link "/sample/fruit/peel" leads to /sample/fruit/peel, which is no step of any guide and no page of the app',
  ]);
});

test('a folder without its TSG, facts or definition', () => {
  const guide = sampleGuide();
  const broken = {
    ...guide,
    files: guide.files.filter((f) => f !== 'tsg.txt'),
    facts: undefined,
    definition: undefined,
  };
  expect(problemsOf(broken)).toEqual([
    'content/sample/tsg.txt: missing: the folder needs it (the source TSG as received, with its <properties> header)',
    'content/sample/facts.ts: no `facts` exported',
    'content/sample/index.ts: no `definition` exported (defineGuide({ machine }))',
  ]);
});

test("steps' meta: ids, paths, phases, answers and ends", () => {
  const broken = withStates((states) => {
    Object.assign(metaOf(states, 'peel'), { path: 'map/peel', phase: 'eat' });
    Object.assign(metaOf(states, 'found'), { path: 'fruit' });
    const fruit = metaOf(states, 'fruit');
    Object.assign(fruit, {
      answer: {
        ...fruit.answer!,
        options: [
          { value: 'Apple', label: 'An apple', event: 'fruit.apple' },
          { value: 'pear', label: 'A pear', event: 'fruit.pear' },
        ],
      },
    });
    Object.assign(metaOf(states, 'fixed'), { end: undefined });
  });
  expect(problemsOf(broken)).toEqual([
    'content/sample/machine.ts step peel: path "map/peel" starts with "map", which the app reserves (analyze, map, practice, glossary, checklist)',
    'content/sample/machine.ts step peel: phase "eat" is not one of the manifest\'s phases (ask, fix)',
    'content/sample/machine.ts step found: path "fruit" is also step fruit\'s',
    'content/sample/machine.ts step fixed: an end step without `end`: say whether the case is resolved and what comes next',
    'content/sample/machine.ts step fruit: option value "Apple" is not lowercase words joined by hyphens ([a-z0-9-]+)',
    // A page's link to the step that moved.
    'content/sample/pages/fixed.mdx step fixed: link "/sample/fruit/peel" leads to /sample/fruit/peel, which is no step of any guide and no page of the app',
  ]);
});

test('two guides in one build: ids, base paths, app pages and the unlabelled sessions', () => {
  const first = sampleGuide();
  first.manifest!.ownsUnlabelledSessions = true;
  const second = sampleGuide();
  second.folder = 'content/other';
  Object.assign(second.manifest!, { id: 'other', ownsUnlabelledSessions: true });
  const third = sampleGuide();
  third.folder = 'content/search';
  Object.assign(third.manifest!, { id: 'search', basePath: '/search' });
  expect(problemsOf(first, second, third)).toEqual([
    'content/other/guide.ts: basePath "/sample" is also content/sample\'s',
    'content/other/guide.ts: ownsUnlabelledSessions: content/sample already owns the sessions saved before sessions recorded their guide; at most one guide may',
    'content/search/guide.ts: basePath "/search" is a page of the app',
  ]);
});

test('a test fixture says so, and a shipped guide is not one', () => {
  const fixture = { ...sampleGuide(), folder: 'e2e/fixtures/guides/sample', fixture: true };
  const shipped = sampleGuide();
  shipped.manifest!.testFixture = true;
  expect(problemsOf(fixture)).toEqual([
    'e2e/fixtures/guides/sample/guide.ts: a test fixture guide without `testFixture: true`',
    'e2e/fixtures/guides/sample/guide.ts: a test fixture guide whose title does not say "test fixture"',
  ]);
  expect(problemsOf(shipped)).toEqual([
    'content/sample/guide.ts: `testFixture: true` in content/: a test fixture lives in e2e/fixtures/guides/ and is never shipped',
  ]);
});

test('every problem is listed, not just the first', () => {
  const config = sampleConfig();
  config.states!.fruit!.on = { 'fruit.apple': 'peel' };
  const guide = sampleGuide(config);
  const broken = {
    ...guide,
    files: guide.files.filter((f) => f !== 'pages/found.mdx'),
    facts: { ...guide.facts, peel: ['Peel it with a spoon.'] },
  };
  const problems = problemsOf(broken);
  expect(problems).toHaveLength(4);
  expect(problems.join('\n')).toMatch(/step fruit: option "pear" sends "fruit.pear"/);
  expect(problems.join('\n')).toMatch(/step not-fixed: unreachable/);
  expect(problems.join('\n')).toMatch(/pages\/found.mdx step found: missing page/);
  expect(problems.join('\n')).toMatch(
    /facts.ts step peel: fact not on the step's prerendered page/,
  );
});
