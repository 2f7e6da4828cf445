import { expect, test } from 'vitest';
import { candidatePaths, routesWithoutCase } from './candidate-paths';
import type { PracticeCase } from '../../machine/guide-training';
import { fixtureGuide } from './fixture-machine.test-helper';
import { endStepsWithoutCase, validatePracticeCases } from '../../machine/practice-case-problems';

const guide = fixtureGuide();

function practiceCase(id: string, answers: Record<string, string>, outcome: string): PracticeCase {
  return {
    id,
    title: `Case ${id}`,
    level: 'starter',
    card: {
      customerReport: 'The printer does not print.',
      sections: [
        { heading: 'The error', code: 'E1', text: 'Printing failed.' },
        { heading: 'The test page', text: 'Nothing changed yet.', revealAt: 'test' },
      ],
    },
    expected: { answers, outcome },
    debrief: 'Because.',
  };
}

const jamFixed = practiceCase(
  'jam-fixed',
  { symptoms: 'paper-jam', 'clear-jam': 'done', test: 'works' },
  'fixed',
);
const nothingSeen = practiceCase('nothing-seen', { symptoms: 'none' }, 'call-vendor');

test('cases whose paths the machine accepts and that end as they say pass', () => {
  expect(validatePracticeCases(guide, [jamFixed, nothingSeen])).toEqual([]);
  expect(
    validatePracticeCases(guide, [
      practiceCase(
        'both',
        { symptoms: 'blinking,paper-jam', 'clear-jam': 'done', test: 'fails' },
        'call-vendor',
      ),
    ]),
  ).toEqual([]);
});

test('a path that ends elsewhere than the case says fails, naming both ends', () => {
  const wrongEnd = practiceCase('wrong-end', { symptoms: 'none' }, 'fixed');
  expect(validatePracticeCases(guide, [wrongEnd])).toEqual([
    {
      caseId: 'wrong-end',
      message: 'the path ends at "call-vendor", not at "fixed" as the case says',
    },
  ]);
});

test('an answer the machine does not accept fails the case', () => {
  const problems = validatePracticeCases(guide, [
    practiceCase('bad-value', { symptoms: 'smoke' }, 'call-vendor'),
  ]);
  expect(problems.map((p) => p.message)).toEqual([
    'the machine does not accept "smoke" on "symptoms" (What do you see?)',
  ]);
});

test('a path that stops before an end, an unknown step and an unused answer are reported', () => {
  const problems = validatePracticeCases(guide, [
    practiceCase('stops', { symptoms: 'paper-jam' }, 'fixed'),
    practiceCase('extra', { symptoms: 'none', test: 'works', printer: 'hp' }, 'call-vendor'),
  ]);
  expect(problems).toEqual([
    {
      caseId: 'stops',
      message: 'the path stops at "clear-jam" (Clear the paper jam): it has no answer there',
    },
    { caseId: 'extra', message: 'answer for "printer", which is not a step' },
    {
      caseId: 'extra',
      message: 'the answer "Yes, it prints" to "test" is never used: the path does not pass there',
    },
  ]);
});

test('duplicate ids, bad ids and outcomes that are not end steps are reported', () => {
  const problems = validatePracticeCases(guide, [
    jamFixed,
    { ...jamFixed, title: 'Again' },
    practiceCase('Not_Kebab', { symptoms: 'none' }, 'test'),
  ]);
  expect(problems.map((p) => `${p.caseId}: ${p.message}`)).toEqual([
    'jam-fixed: id "jam-fixed" is used by another case',
    'Not_Kebab: id "Not_Kebab" is not kebab-case',
    'Not_Kebab: expected outcome "test" is not an end step',
    'Not_Kebab: the path ends at "call-vendor", not at "test" as the case says',
  ]);
});

test('every end state needs a case; the check names those without one', () => {
  expect(endStepsWithoutCase(guide, [jamFixed]).map((s) => s.id)).toEqual(['call-vendor']);
  expect(endStepsWithoutCase(guide, [jamFixed, nothingSeen])).toEqual([]);
});

test('candidate paths: every route to a final step, generated from the machine', () => {
  const candidates = candidatePaths(guide);
  expect(candidates.map((c) => c.route)).toEqual([
    'start → symptoms → call-vendor',
    'start → symptoms → clear-jam → test → call-vendor',
    'start → symptoms → clear-jam → test → fixed',
  ]);
  // Each candidate's answers are a valid case for its end.
  const asCases = candidates.map((c, i) => practiceCase(`c${i}`, { ...c.answers }, c.end));
  expect(validatePracticeCases(guide, asCases)).toEqual([]);
  expect(routesWithoutCase(guide, [jamFixed, nothingSeen]).map((c) => c.route)).toEqual([
    'start → symptoms → clear-jam → test → call-vendor',
  ]);
});

test('a state added to the machine adds its routes to the candidates', () => {
  const routes = candidatePaths(fixtureGuide({ withTonerCheck: true })).map((c) => c.route);
  expect(routes).toContain('start → symptoms → clear-jam → toner-check → call-vendor');
  expect(routes).toHaveLength(4);
});

test('a card section revealed at a step the guide does not have is reported', () => {
  const hidden = practiceCase('hidden', { symptoms: 'none' }, 'call-vendor');
  const card = {
    ...hidden.card,
    sections: [{ heading: 'Later', text: 'Later.', revealAt: 'nowhere' }],
  };
  expect(validatePracticeCases(guide, [{ ...hidden, card }])).toEqual([
    { caseId: 'hidden', message: 'section "Later" is revealed at "nowhere", no step' },
  ]);
});
