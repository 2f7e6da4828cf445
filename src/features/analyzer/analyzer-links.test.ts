import { expect, test } from 'vitest';
import { guideRegistry } from '../../guides/guide-registry';
import { resolveStep } from '../guide/links/resolve-step';
import { analyzerHref, prefilledTarget, returnTarget } from './analyzer-links';

const guide = await guideRegistry.loadGuide('extension-failures');

const toFindings = {
  'log-permission': 'granted',
  'collect-asc': 'not-working',
  'collect-manual': 'collected',
  'error-code': 'extension-installation-failed-com',
};

/** What a link opens, as the guide's route resolves it. */
function open(href: string) {
  const url = new URL(href, 'https://wizard.example');
  const path = url.pathname.replace(/^\/extension-failures\/?/, '');
  return resolveStep(guide, path, url.search);
}

test('the analyzer’s link carries the step’s answers, the version and the step to return to', () => {
  expect(analyzerHref(guide)).toBe('/extension-failures/analyze');
  expect(analyzerHref(guide, toFindings, { returnTo: 'retry' })).toBe(
    '/extension-failures/analyze?log-permission=granted&collect-asc=not-working&collect-manual=collected&error-code=extension-installation-failed-com&v=1&return=retry',
  );
});

test('back to the findings step with the link’s answers, or a reference page without any', () => {
  const back = returnTarget(guide, toFindings, 'findings');
  expect(back.reached).toBe(true);
  expect(open(back.href)).toMatchObject({
    status: 'step',
    mode: 'answered',
    step: { id: 'findings' },
  });

  const alone = returnTarget(guide, {}, 'findings');
  expect(alone.href).toBe('/extension-failures/symptoms/findings');
  expect(open(alone.href)).toMatchObject({ status: 'step', mode: 'reference' });

  // Answers that stop short of the findings step: back where they stop.
  const early = returnTarget(guide, { 'log-permission': 'granted' }, 'findings');
  expect(early).toMatchObject({ reached: false, step: { id: 'collect-asc' } });
});

test('pre-filled findings: back to the findings step, every answer of the link kept', () => {
  const later = { ...toFindings, findings: 'none', 'dll-dates': 'differ' };
  const target = prefilledTarget(guide, later, { findings: 'install-provider-com-exception' });
  expect(target.step.id).toBe('findings');
  const view = open(target.href);
  expect(view.status).toBe('step');
  if (view.status !== 'step') return;
  expect(view.mode).toBe('answered');
  // The pre-filled answer shows selected; the later answer that still applies rides along.
  expect(view.answers).toEqual({
    ...toFindings,
    findings: 'install-provider-com-exception',
    'dll-dates': 'differ',
  });
});

test('the error code is reviewed first when the analyzer pre-filled it', () => {
  const path = { 'log-permission': 'granted', 'collect-asc': 'report-ready' };
  const target = prefilledTarget(guide, path, {
    'error-code': 'extension-installation-failed-com',
    findings: 'event-4689',
  });
  expect(target.step.id).toBe('error-code');
  const view = open(target.href);
  expect(view).toMatchObject({
    status: 'step',
    mode: 'answered',
    answers: { ...path, 'error-code': 'extension-installation-failed-com', findings: 'event-4689' },
  });
});

test('opened on its own: the first question, the pre-filled answers waiting further on', () => {
  const target = prefilledTarget(guide, {}, { findings: 'iaasvm-provider' });
  expect(target.step.id).toBe('log-permission');
  expect(open(target.href)).toMatchObject({
    status: 'step',
    mode: 'answered',
    answers: { findings: 'iaasvm-provider' },
  });
});

test('a pre-fill that changes the way drops only the answers that no longer apply', () => {
  const viaCause1 = {
    ...toFindings,
    'error-code': 'extension-installation-failed-mdtc',
    findings: 'event-4689',
    reboot: 'yes',
  };
  const target = prefilledTarget(guide, viaCause1, { findings: 'install-provider-com-exception' });
  const view = open(target.href);
  expect(view).toMatchObject({ status: 'step', step: { id: 'findings' } });
  if (view.status === 'step') expect(view.answers.reboot).toBeUndefined();
});
