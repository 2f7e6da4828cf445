import { expect, test } from 'vitest';
import type { GuideSignatures } from '../../machine/guide-signatures';
import { formatProblem } from './guide-problem';
import { sampleGuide } from './sample-guide';
import { validateGuides } from './validate-guides';

/** The sample guide with a signatures file, as `npm run check:guides` reports it. */
function problemsWith(signatures: GuideSignatures | undefined, withFile = true): string[] {
  const guide = sampleGuide();
  return validateGuides(
    [{ ...guide, files: withFile ? [...guide.files, 'signatures.ts'] : guide.files, signatures }],
    { appPaths: ['/'] },
  ).map(formatProblem);
}

const valid = (): GuideSignatures => ({
  step: 'found',
  signatures: [
    {
      id: 'worm-in-log',
      label: 'A worm in the fruit log',
      supports: { step: 'found', value: 'worm' },
      cause: 'cause-worm',
      certainty: 'evidence',
      sources: ['other-text'],
      match: { allOf: ['worm found'] },
    },
    {
      id: 'apple-named',
      label: 'An apple',
      supports: { step: 'fruit', value: 'apple' },
      certainty: 'evidence',
      sources: ['other-text'],
      match: { anyOf: [/\bapple\b/i] },
    },
    {
      id: 'worm-event',
      label: 'The worm event',
      supports: { step: 'found', value: 'worm' },
      certainty: 'evidence',
      sources: ['application-log'],
      match: { eventId: 42, allOf: ['worm'] },
    },
  ],
  notEvidence: [
    {
      id: 'security-42',
      mistakenFor: 'worm-event',
      sources: ['security-log'],
      match: { eventId: 42 },
      explanation: 'Event 42 in the Security log is something else.',
    },
  ],
  engineerQuestions: [
    { step: 'peel', label: 'Whether it peeled', why: 'No log says.', whenFound: ['worm-in-log'] },
  ],
});

test('valid signatures have no problems, and a guide without them needs none', () => {
  expect(problemsWith(valid())).toEqual([]);
  expect(problemsWith(undefined, false)).toEqual([]);
});

test('a signatures file that exports none', () => {
  expect(problemsWith(undefined)).toEqual([
    'content/sample/signatures.ts: no `signatures` exported',
  ]);
});

test('the analyzer’s step must be a multiple choice of the machine', () => {
  expect(problemsWith({ ...valid(), step: 'fruit' })).toEqual([
    'content/sample/signatures.ts step fruit: the analyzer pre-fills `step`: it must be a multiple choice ("select all that apply")',
    'content/sample/signatures.ts step found: "worm-in-log" supports an option of a multiple choice other than `step`: the analyzer pre-fills only `step` and single choices',
    'content/sample/signatures.ts step found: "worm-event" supports an option of a multiple choice other than `step`: the analyzer pre-fills only `step` and single choices',
  ]);
  expect(problemsWith({ ...valid(), step: 'core' })[0]).toBe(
    'content/sample/signatures.ts: `step` names "core", which is not a step of the machine',
  );
});

test('a signature must support an option of a step, and point to a cause step', () => {
  const s = valid();
  const broken: GuideSignatures = {
    ...s,
    signatures: [
      { ...s.signatures[0]!, supports: { step: 'found', value: 'maggot' }, cause: 'fixed' },
      { ...s.signatures[1]!, supports: { step: 'peel', value: 'peeled' } },
      { ...s.signatures[2]!, supports: { step: 'core', value: 'worm' } },
    ],
  };
  expect(problemsWith(broken)).toEqual([
    'content/sample/signatures.ts step found: "worm-in-log" supports "maggot", which is not an option of the step (bruise, worm)',
    'content/sample/signatures.ts: "worm-in-log" points to "fixed", which is not a cause step',
    'content/sample/signatures.ts step peel: "apple-named" supports an answer of a step that asks no question',
    'content/sample/signatures.ts: "worm-event" supports an answer of "core", which is not a step',
  ]);
});

test('an event is never counted by its id alone (the Security-log 4689 trap)', () => {
  const s = valid();
  const byIdOnly: GuideSignatures = {
    ...s,
    signatures: [
      s.signatures[0]!,
      s.signatures[1]!,
      { ...s.signatures[2]!, match: { eventId: 42 } },
    ],
  };
  expect(problemsWith(byIdOnly)).toEqual([
    'content/sample/signatures.ts: "worm-event" would count an event by its id alone: add its text (allOf or anyOf). Event ID 4689 in the Security log is "A process has exited"',
  ]);
  const inText: GuideSignatures = {
    ...s,
    signatures: [
      s.signatures[0]!,
      s.signatures[1]!,
      { ...s.signatures[2]!, sources: ['application-log', 'plugin-log'] },
    ],
  };
  expect(problemsWith(inText)).toEqual([
    'content/sample/signatures.ts: "worm-event" matches an event id, so it applies to event logs only',
  ]);
});

test('ids unique, sources known, patterns that cannot match everything, names that exist', () => {
  const s = valid();
  const broken: GuideSignatures = {
    ...s,
    signatures: [
      { ...s.signatures[0]!, match: { allOf: [/x*/] }, sources: ['syslog' as 'other-text'] },
      { ...s.signatures[1]!, id: 'worm-in-log' },
      { ...s.signatures[2]!, id: 'Worm Event' },
    ],
    notEvidence: [{ ...s.notEvidence[0]!, mistakenFor: 'nothing-like-it' }],
    engineerQuestions: [{ ...s.engineerQuestions[0]!, whenFound: ['worm-event'] }],
  };
  expect(problemsWith(broken)).toEqual([
    'content/sample/signatures.ts: "worm-in-log" names the source "syslog", which is not one of application-log, system-log, security-log, other-event-log, wa-app-agent-log, plugin-log, other-text',
    'content/sample/signatures.ts: "worm-in-log" has a pattern that matches empty text',
    'content/sample/signatures.ts: two signatures have the id "worm-in-log"',
    'content/sample/signatures.ts: id "Worm Event" is not lowercase words joined by hyphens',
    'content/sample/signatures.ts: "security-42" is mistaken for "nothing-like-it", which is not a signature',
    'content/sample/signatures.ts step peel: a question names "worm-event", which is not a signature',
  ]);
});
