import { expect, test } from 'vitest';
import { guideRegistry } from '../../../guides/guide-registry';
import {
  answeredStepHref,
  answerTarget,
  changeAnswerHref,
  prepareAnswers,
  previousStepHref,
  shareableHref,
  targetHref,
  unansweredStepHref,
} from './answer-step';
import { replay } from '../../../machine/replay';
import { resolveStep, type StepView } from './resolve-step';

const guide = await guideRegistry.loadGuide('extension-failures');

const answerStep = (at: StepView, value: string) => targetHref(at, answerTarget(at, value));

function view(path: string, query = ''): StepView {
  const v = resolveStep(guide, path, query);
  if (v.status !== 'step') throw new Error(`not a step: ${path}?${query}`);
  return v;
}

test('starting the guide goes to the log permission question', () => {
  expect(answerStep(view(''), 'start')).toBe('/extension-failures/log-permission?v=1');
});

test('a step’s own link takes its chosen answer, and drops it when the choice is cleared', () => {
  const findings = view(
    'symptoms/findings',
    '?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=iaasvm-provider&v=1',
  );
  const chosen = answeredStepHref(findings, 'event-4689');
  expect(chosen).toMatch(/^\/extension-failures\/symptoms\/findings\?/);
  expect(chosen).toContain('findings=event-4689');
  const cleared = unansweredStepHref(findings);
  expect(cleared).toBe(
    '/extension-failures/symptoms/findings?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&v=1',
  );
  // Opened again from that link, the step has nothing chosen and the same way here.
  const reopened = view('symptoms/findings', cleared.slice(cleared.indexOf('?')));
  expect(reopened.answers.findings).toBeUndefined();
  expect(reopened.history).toEqual(findings.history);
});

test('an answer leads to the next step with the answers so far', () => {
  expect(answerStep(view('log-permission'), 'not-granted')).toBe(
    '/extension-failures/log-permission/not-granted?log-permission=not-granted&v=1',
  );
});

test('changing an answer returns to where the engineer was when it still applies', () => {
  const at = view(
    'cause/iaasvm-provider',
    '?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=iaasvm-provider',
  );
  const change = changeAnswerHref(at, 'collect-asc');
  expect(change).toContain('return=cause-iaasvm-provider');
  const changing = view('collect/asc', change.slice(change.indexOf('?')));
  const next = answerStep(changing, 'need-more');
  // Method 2 is a new step on the way: it is asked next, and the return rides along.
  expect(next).toMatch(/^\/extension-failures\/collect\/manual\?/);
  expect(next).toContain('return=cause-iaasvm-provider');
  const manual = view('collect/manual', next.slice(next.indexOf('?')));
  expect(answerStep(manual, 'collected')).toMatch(
    /^\/extension-failures\/cause\/iaasvm-provider\?/,
  );
});

test('answers that no longer apply are dropped after a change', () => {
  const at = view(
    'retry',
    '?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&findings=event-4689&reboot=yes&cause-desktop-heap=applied',
  );
  const changing = view('symptoms/findings', changeAnswerHref(at, 'findings').split('?')[1]);
  const next = answerStep(changing, 'iaasvm-provider');
  expect(next).toMatch(/^\/extension-failures\/cause\/iaasvm-provider\?/);
  expect(next).not.toContain('reboot=');
  expect(next).not.toContain('cause-desktop-heap=');
});

test('the Back link keeps every answer; the shareable link keeps those that led here', () => {
  const at = view(
    'symptoms/error-code',
    '?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=none',
  );
  expect(previousStepHref(at)).toBe(
    '/extension-failures/collect/asc?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=none&v=1',
  );
  expect(shareableHref(at)).toBe(
    '/extension-failures/symptoms/error-code?log-permission=granted&collect-asc=report-ready&v=1',
  );
});

test('answers known beyond the link ride along where they still apply, the link’s own first', () => {
  // The browser's Back left only the first answer in the link; the case session knows four.
  const known = {
    'log-permission': 'granted',
    'collect-asc': 'report-ready',
    'error-code': 'extension-installation-failed-com',
    findings: 'install-provider-com-exception',
  };
  const at = view('collect/asc', '?log-permission=granted');
  const same = answerTarget(at, 'report-ready', known);
  expect(same.step.id).toBe('error-code');
  expect(same.answers).toEqual(known);
  // A different answer: what no longer applies is dropped, as without known answers.
  const other = answerTarget(at, 'not-working', { ...known, 'log-permission': 'not-granted' });
  expect(other.step.id).toBe('collect-manual');
  expect(other.answers['log-permission']).toBe('granted');
  expect(other.answers['collect-asc']).toBe('not-working');
  // The start page never takes answers from elsewhere (a session started there is new).
  expect(answerTarget(view(''), 'start', known).answers).toEqual({});
});

test('each single answer of a step is worked out ahead of the click, and a click finds it', () => {
  const at = view('symptoms/error-code', '?log-permission=granted&collect-asc=report-ready');
  const options = at.step.answer?.type === 'single' ? at.step.answer.options : [];
  expect(options.length).toBeGreaterThan(1);
  expect(prepareAnswers(at)).toBe(options.length);
  for (const { value } of options) {
    const target = answerTarget(at, value);
    expect(target.answers['error-code']).toBe(value);
    expect(replay(guide, target.answers).trail.at(-1)?.id).toBe(target.step.id);
  }
});

test('nothing is prepared for the start page, a step opened on its own, or several choices', () => {
  expect(prepareAnswers(view(''))).toBe(0);
  expect(prepareAnswers(view('cause/msvc-dll-mismatch'))).toBe(0);
});
