import { expect, test } from 'vitest';
import { stepPathBelow } from '../../../guides/guide-pathname';
import { guideRegistry } from '../../../guides/guide-registry';
import { createGuideModel } from '../../../machine/guide-model';
import { resolveStep, type StepView } from './resolve-step';

const guide = await guideRegistry.loadGuide('extension-failures');

const toCause3 =
  'log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=install-provider-com-exception&dll-dates=differ&v=1';

test('a link with answers reproduces its step and the answers that led to it', () => {
  const view = resolveStep(guide, 'cause/msvc-dll-mismatch', `?${toCause3}`) as StepView;
  expect(view.status).toBe('step');
  expect(view.mode).toBe('answered');
  expect(view.step.id).toBe('cause-msvc-dll-mismatch');
  expect(view.history.map((h) => h.step.id)).toEqual([
    'log-permission',
    'collect-asc',
    'error-code',
    'findings',
    'dll-dates',
  ]);
  expect(view.linkVersion).toBeUndefined();
});

test('a step with no answers that the start leads to needs none; any other is a reference', () => {
  const first = resolveStep(guide, 'log-permission', '') as StepView;
  expect(first.mode).toBe('answered');
  const reference = resolveStep(guide, 'cause/desktop-heap', '') as StepView;
  expect(reference).toMatchObject({ status: 'step', mode: 'reference', history: [] });
});

test('later answers are kept as pre-fills on an earlier step', () => {
  const view = resolveStep(guide, 'symptoms/error-code', `?${toCause3}`) as StepView;
  expect(view.status).toBe('step');
  expect(view.history).toHaveLength(2);
  expect(view.answers['dll-dates']).toBe('differ');
});

test('an unknown step path is reported as such', () => {
  expect(resolveStep(guide, 'cause/unknown', '')).toEqual({
    status: 'unknown-step',
    guide,
    suggestions: [],
  });
  const typo = resolveStep(guide, 'cause/desktop-heep', '?log-permission=granted');
  expect(typo.status === 'unknown-step' && typo.suggestions.map((s) => s.id)).toEqual([
    'cause-desktop-heap',
  ]);
});

test('answers that lead elsewhere are a bad link that says where they lead', () => {
  const view = resolveStep(
    guide,
    'cause/desktop-heap',
    '?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&findings=event-4689&reboot=not-sure',
  );
  expect(view).toMatchObject({ status: 'bad-link', leadsTo: { step: { id: 'known-issues' } } });
});

test('contradicting answers are a bad link that salvages the answers that fit', () => {
  const view = resolveStep(guide, 'cause/msvc-dll-mismatch', `?${toCause3}&reboot=yes`);
  expect(view.status).toBe('bad-link');
  if (view.status !== 'bad-link') return;
  expect(view.reasons[0]).toMatch(/Reboot solves it temporarily/);
  expect(Object.keys(view.salvage!.answers)).not.toContain('reboot');
});

test('a malformed query is a bad link whose salvage is the step on its own', () => {
  const view = resolveStep(guide, 'collect/asc', '?log-permission=<script>');
  expect(view).toMatchObject({
    status: 'bad-link',
    salvage: { step: { id: 'collect-asc' }, answers: {} },
  });
});

test('a link made with an older version opens and carries that version', () => {
  const v2 = createGuideModel({ ...guide.manifest, version: 2 }, { machine: guide.machine });
  const view = resolveStep(v2, 'collect/asc', '?log-permission=granted&v=1');
  expect(view).toMatchObject({ status: 'step', linkVersion: 1 });
});

test('a path read as a host reads it opens its step; one that cannot be decoded names none', () => {
  const at = (pathname: string) =>
    resolveStep(guide, stepPathBelow('/extension-failures', pathname)!, '');
  expect(at('/extension-failures/collect%2Fasc')).toMatchObject({ status: 'step' });
  expect(at('/extension-failures/retry/index.html')).toMatchObject({ status: 'step' });
  expect(at('/extension-failures/retry%').status).toBe('unknown-step');
});

test('a newline-type character in the path is an unknown step, with the step it likely meant', () => {
  for (const bit of ['%0a', '%0d', '%0D%0A', '%E2%80%A8', '%E2%80%A9']) {
    const view = resolveStep(
      guide,
      stepPathBelow('/extension-failures', `/extension-failures/ret${bit}ry`)!,
      '',
    );
    expect(view.status, bit).toBe('unknown-step');
    expect(view.status === 'unknown-step' && view.suggestions.map((s) => s.id), bit).toEqual([
      'retry',
    ]);
  }
});
