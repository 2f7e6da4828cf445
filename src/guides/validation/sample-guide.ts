import { assign, createMachine, type MachineConfig } from 'xstate';
import type { GuideManifest } from '../../machine/guide-definition';
import type { StepMeta } from '../../machine/step-meta';
import type { GuideInput } from './guide-input';

/**
 * A small valid guide, all in memory, for the validator's tests: each test breaks one thing in
 * a copy. Seven steps: a start, a single choice, an instruction, a multiple choice, a decision
 * (no meta), a cause, and two ends.
 */

interface SampleContext {
  found: readonly string[];
}

type SampleConfig = MachineConfig<SampleContext, { type: string; values?: readonly string[] }>;

export const sampleManifest = (): GuideManifest => ({
  id: 'sample',
  basePath: '/sample',
  title: 'Sample guide',
  summary: 'A guide made up for the tests.',
  version: 2,
  changelog: [
    { version: 1, date: '2026-01-01', changes: 'First.' },
    { version: 2, date: '2026-02-01', changes: 'Second.' },
  ],
  errors: ['SampleError'],
  cards: [{ articleId: 'sample-article' }],
  articleId: 'sample-article',
  owner: { name: 'Sample team' },
  phases: [
    { id: 'ask', label: 'Ask' },
    { id: 'fix', label: 'Fix' },
  ],
});

const confirm = (value: string, event: string) =>
  ({ type: 'confirm', options: [{ value, label: `Confirm ${value}`, event }] }) as const;

/** The machine's configuration: a plain object, for a test to change before it is built. */
export function sampleConfig(): SampleConfig {
  return {
    id: 'sample',
    initial: 'start',
    context: { found: [] },
    states: {
      start: {
        meta: {
          id: 'start',
          path: '',
          title: 'Sample start',
          shortTitle: 'Start',
          kind: 'start',
          phase: 'ask',
          answer: confirm('start', 'go'),
        } satisfies StepMeta,
        on: { go: 'fruit' },
      },
      fruit: {
        meta: {
          id: 'fruit',
          path: 'fruit',
          title: 'Which fruit is it?',
          shortTitle: 'Fruit',
          kind: 'question',
          phase: 'ask',
          answer: {
            type: 'single',
            options: [
              { value: 'apple', label: 'An apple', event: 'fruit.apple' },
              { value: 'pear', label: 'A pear', event: 'fruit.pear' },
            ],
          },
        } satisfies StepMeta,
        on: { 'fruit.apple': 'peel', 'fruit.pear': 'notFixed' },
      },
      peel: {
        meta: {
          id: 'peel',
          path: 'fruit/peel',
          title: 'Peel the apple',
          shortTitle: 'Peel',
          kind: 'instruction',
          phase: 'fix',
          answer: confirm('peeled', 'peel.done'),
        } satisfies StepMeta,
        on: { 'peel.done': 'found' },
      },
      found: {
        meta: {
          id: 'found',
          path: 'found',
          title: 'What did you find inside?',
          shortTitle: 'Found',
          kind: 'question',
          phase: 'fix',
          answer: {
            type: 'multiple',
            event: 'found.submit',
            options: [
              { value: 'bruise', label: 'A bruise' },
              { value: 'worm', label: 'A worm' },
            ],
            none: { value: 'nothing', label: 'Nothing' },
          },
        } satisfies StepMeta,
        on: {
          'found.submit': {
            target: 'deciding',
            actions: assign({ found: ({ event }) => [...(event.values ?? [])] }),
          },
        },
      },
      deciding: {
        description: 'A worm?',
        always: [
          {
            guard: ({ context }) => context.found.includes('worm'),
            target: 'causeWorm',
            description: 'yes',
          },
          { target: 'fixed', description: 'no' },
        ],
      },
      causeWorm: {
        meta: {
          id: 'cause-worm',
          path: 'cause/worm',
          title: 'Cause: a worm',
          shortTitle: 'Worm',
          kind: 'cause',
          phase: 'fix',
          answer: confirm('applied', 'worm.removed'),
        } satisfies StepMeta,
        on: { 'worm.removed': 'fixed' },
      },
      fixed: {
        type: 'final',
        meta: {
          id: 'fixed',
          path: 'fixed',
          title: 'Fixed',
          shortTitle: 'Fixed',
          kind: 'end',
          phase: 'fix',
          end: { outcome: 'resolved', next: 'Nothing.' },
        } satisfies StepMeta,
      },
      notFixed: {
        type: 'final',
        meta: {
          id: 'not-fixed',
          path: 'not-fixed',
          title: 'Not fixed',
          shortTitle: 'Not fixed',
          kind: 'end',
          phase: 'fix',
          end: { outcome: 'escalated', next: 'Ask someone.' },
        } satisfies StepMeta,
      },
    },
  };
}

/** The step ids and titles of the sample machine, and the fact each step's page states. */
const sampleSteps: Record<string, { title: string; fact: string }> = {
  start: { title: 'Sample start', fact: 'SampleError' },
  fruit: { title: 'Which fruit is it?', fact: 'Look at the fruit & its leaf.' },
  peel: { title: 'Peel the apple', fact: 'Peel it with a knife.' },
  found: { title: 'What did you find inside?', fact: 'Cut it in two.' },
  'cause-worm': { title: 'Cause: a worm', fact: 'C:\\Fruit\\worm.log' },
  fixed: { title: 'Fixed', fact: 'Eat it.' },
  'not-fixed': { title: 'Not fixed', fact: 'Ask the grocer.' },
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A step's content as React renders it: the fact split over lines and an inline tag. */
const content = (fact: string) => {
  const [first, ...rest] = fact.split(' ');
  return `<p><strong>${escape(first!)}</strong>\n  ${escape(rest.join(' '))}</p>`;
};

/** The sample guide as the validator reads it, built from a (changed) configuration. */
export function sampleGuide(config: SampleConfig = sampleConfig()): GuideInput {
  const ids = Object.keys(sampleSteps);
  return {
    folder: 'content/sample',
    fixture: false,
    files: [
      'tsg.txt',
      'guide.ts',
      'index.ts',
      'machine.ts',
      'facts.ts',
      ...ids.map((id) => `pages/${id}.mdx`),
    ],
    manifest: sampleManifest(),
    definition: { machine: createMachine(config) },
    facts: Object.fromEntries(ids.map((id) => [id, [sampleSteps[id]!.fact]])),
    pageContent: Object.fromEntries(
      ids.map((id) => [
        id,
        {
          html:
            content(sampleSteps[id]!.fact) +
            (id === 'fixed' ? '<p>Or <a href="/sample/fruit/peel">peel another</a>.</p>' : ''),
        },
      ]),
    ),
    stepPages: Object.fromEntries(
      ids.map((id) => [
        id,
        {
          html: `<header><a href="/">Guides</a></header><main><h1 tabindex="-1">${escape(sampleSteps[id]!.title)}</h1><div class="guide-prose">${content(sampleSteps[id]!.fact)}</div></main>`,
        },
      ]),
    ),
  };
}
