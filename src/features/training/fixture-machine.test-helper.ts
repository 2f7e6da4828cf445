import { assign, setup } from 'xstate';
import { createGuideModel, type GuideModel } from '../../machine/guide-model';
import type { StepMeta } from '../../machine/step-meta';

/**
 * TEST FIXTURE, not a real TSG: a made-up "printer" guide of a few steps with one multiple
 * choice and one transient decision point, to prove the training tools work on any machine.
 * `withTonerCheck` adds one more question, to show that a state added to a machine appears on
 * the map (and in the paths) with no other change.
 */

type FixtureEvent =
  | { type: 'go' }
  | { type: 'symptoms.submit'; values: readonly string[] }
  | { type: 'jam.cleared' }
  | { type: 'toner.ok' }
  | { type: 'toner.low' }
  | { type: 'test.works' }
  | { type: 'test.fails' };

export function fixtureMachine({ withTonerCheck = false } = {}) {
  return setup({
    types: {
      context: {} as { symptoms: readonly string[] },
      events: {} as FixtureEvent,
      meta: {} as StepMeta,
    },
    guards: { foundJam: ({ context }) => context.symptoms.includes('paper-jam') },
  }).createMachine({
    id: 'printerFixture',
    initial: 'start',
    context: { symptoms: [] },
    states: {
      start: {
        meta: {
          id: 'start',
          path: '',
          title: 'Fix a printer (fixture)',
          shortTitle: 'Start',
          kind: 'start',
          phase: 'permission',
          answer: { type: 'confirm', options: [{ value: 'start', label: 'Start', event: 'go' }] },
        },
        on: { go: 'symptoms' },
      },
      symptoms: {
        meta: {
          id: 'symptoms',
          path: 'symptoms',
          title: 'What do you see?',
          shortTitle: 'Symptoms',
          kind: 'question',
          phase: 'match',
          answer: {
            type: 'multiple',
            event: 'symptoms.submit',
            options: [
              { value: 'paper-jam', label: 'A paper jam' },
              { value: 'blinking', label: 'A blinking light' },
            ],
            none: { value: 'none', label: 'Nothing' },
          },
        },
        on: {
          'symptoms.submit': {
            target: 'triage',
            actions: assign({ symptoms: ({ event }) => [...event.values] }),
          },
        },
      },
      triage: {
        description: 'Paper jam?',
        always: [
          { guard: 'foundJam', target: 'clearJam', description: 'yes' },
          { target: 'callVendor', description: 'no' },
        ],
      },
      clearJam: {
        meta: {
          id: 'clear-jam',
          path: 'cause/jam',
          title: 'Clear the paper jam',
          shortTitle: 'Clear the jam',
          kind: 'cause',
          phase: 'remediate',
          answer: {
            type: 'confirm',
            options: [{ value: 'done', label: 'I cleared it', event: 'jam.cleared' }],
          },
        },
        on: { 'jam.cleared': withTonerCheck ? 'tonerCheck' : 'test' },
      },
      ...(withTonerCheck
        ? {
            tonerCheck: {
              meta: {
                id: 'toner-check',
                path: 'toner',
                title: 'Is the toner low?',
                shortTitle: 'Toner',
                kind: 'question',
                phase: 'match',
                answer: {
                  type: 'single',
                  options: [
                    { value: 'ok', label: 'No, toner is fine', event: 'toner.ok' },
                    { value: 'low', label: 'Yes, toner is low', event: 'toner.low' },
                  ],
                },
              } satisfies StepMeta,
              on: { 'toner.ok': 'test', 'toner.low': 'callVendor' },
            },
          }
        : {}),
      test: {
        meta: {
          id: 'test',
          path: 'test',
          title: 'Does a test page print?',
          shortTitle: 'Test page',
          kind: 'question',
          phase: 'outcome',
          answer: {
            type: 'single',
            options: [
              { value: 'works', label: 'Yes, it prints', event: 'test.works' },
              { value: 'fails', label: 'No, it still fails', event: 'test.fails' },
            ],
          },
        },
        on: { 'test.works': 'fixed', 'test.fails': 'callVendor' },
      },
      fixed: {
        type: 'final',
        meta: {
          id: 'fixed',
          path: 'fixed',
          title: 'Fixed',
          shortTitle: 'Fixed',
          kind: 'end',
          phase: 'outcome',
          end: { outcome: 'resolved', next: 'None' },
        },
      },
      callVendor: {
        type: 'final',
        meta: {
          id: 'call-vendor',
          path: 'vendor',
          title: 'Call the vendor',
          shortTitle: 'Call the vendor',
          kind: 'end',
          phase: 'outcome',
          end: { outcome: 'escalated', next: 'Call the vendor' },
        },
      },
    },
  });
}

/** The fixture machine as a guide model. */
export function fixtureGuide(options: { withTonerCheck?: boolean } = {}): GuideModel {
  return createGuideModel(
    {
      id: 'printer-fixture',
      basePath: '/printer-fixture',
      title: 'Fix a printer (fixture)',
      summary: 'A test fixture.',
      version: 1,
      changelog: [{ version: 1, date: '2026-01-01', changes: 'First version.' }],
      errors: ['E1'],
      cards: [],
      articleId: 'fixture',
      owner: { name: 'Nobody' },
      phases: [
        { id: 'permission', label: 'Start' },
        { id: 'match', label: 'Match' },
        { id: 'remediate', label: 'Fix' },
        { id: 'outcome', label: 'Outcome' },
      ],
      testFixture: true,
    },
    { machine: fixtureMachine(options) },
  );
}
