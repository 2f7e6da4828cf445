import { expect, test } from 'vitest';
import { extensionFailuresMachine } from '../../machine/extension-failures.machine';
import { fixtureMachine } from './fixture-machine.test-helper';
import { answerForEvent, answerLabel, eventForAnswer, sameAnswer, stepsOf } from './machine-steps';
import { walkAnswers } from './walk-answers';

const findings = stepsOf(extensionFailuresMachine).find((s) => s.id === 'findings')!;

test('a multiple choice sends its values in the order the step lists them', () => {
  expect(eventForAnswer(findings, 'install-provider-com-exception,event-4689')).toEqual({
    type: 'findings.submit',
    values: ['event-4689', 'install-provider-com-exception'],
  });
  expect(eventForAnswer(findings, 'none')).toEqual({ type: 'findings.submit', values: [] });
  expect(eventForAnswer(findings, 'event-4689,event-4689')).toBeUndefined();
  expect(eventForAnswer(findings, 'smoke')).toBeUndefined();
  expect(answerForEvent(findings, { type: 'findings.submit', values: [] })).toBe('none');
  expect(sameAnswer(findings, 'iaasvm-provider,event-4689', 'event-4689,iaasvm-provider')).toBe(
    true,
  );
  expect(answerLabel(findings, 'none')).toBe('None of these');
});

test('a walk ends done, waiting for an answer, or on an answer the machine does not take', () => {
  const machine = fixtureMachine();
  expect(walkAnswers(machine, { symptoms: 'none' })).toMatchObject({ status: 'done' });
  const waiting = walkAnswers(machine, { symptoms: 'paper-jam' });
  expect(waiting.status).toBe('waiting');
  expect(waiting.trail.map((s) => s.id)).toEqual(['start', 'symptoms', 'clear-jam']);
  const rejected = walkAnswers(machine, { symptoms: 'paper-jam', 'clear-jam': 'later' });
  expect(rejected.status).toBe('rejected');
  expect(rejected.rejected).toMatchObject({ value: 'later' });
  expect(rejected.rejected!.step.id).toBe('clear-jam');
});
