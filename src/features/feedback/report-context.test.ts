import { expect, test } from 'vitest';
import { guideRegistry } from '../../guides/guide-registry';
import { resolveStep } from '../guide/links/resolve-step';
import { buildProblemReport } from './problem-report';
import { reportContext } from './report-context';

const guide = await guideRegistry.loadGuide('extension-failures');

test('a step reached by answers: its link carries them, and they are listed by their labels', () => {
  const view = resolveStep(
    guide,
    'cause/msvc-dll-mismatch',
    '?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-mdtc&findings=install-provider-com-exception&dll-dates=differ&v=1',
  );
  if (view.status !== 'step') throw new Error(view.status);
  const context = reportContext(view, 'https://wizard.example');
  expect(context.guide).toEqual({
    title: 'Extension COM and MDTC failures',
    articleId: '16c5d754-945d-4777-9baf-eb087fd3b1af',
    version: 1,
    owner: { name: 'StorageMediaEdge_Backup' },
  });
  expect(context.step).toEqual({
    id: 'cause-msvc-dll-mismatch',
    title: 'Cause 3: Error due to msvc.dlls file version mis-match',
  });
  expect(context.url).toBe(
    'https://wizard.example/extension-failures/cause/msvc-dll-mismatch?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-mdtc&findings=install-provider-com-exception&dll-dates=differ&v=1',
  );
  expect(context.answers).toEqual([
    { question: 'Log permission', answer: 'Yes, Log Permission shows Granted' },
    { question: 'Method 1: ASC Inspect IaaS Disk', answer: 'The report gave me the logs I need' },
    { question: 'Error code', answer: 'ExtensionInstallationFailedMDTC' },
    {
      question: 'Found in the logs',
      answer: 'Install provider failed … COMException (0x80110401)',
    },
    { question: 'msvc DLL Modified dates', answer: 'Yes, the Modified dates are different' },
  ]);
  const text = buildProblemReport({ ...context, kind: 'incorrect', comment: 'Step 3 is wrong.' });
  expect(text).toContain('- Error code: ExtensionInstallationFailedMDTC');
});

test('a reference view has no answers; its link is the plain step link', () => {
  const view = resolveStep(guide, 'symptoms/findings', '');
  if (view.status !== 'step') throw new Error(view.status);
  const context = reportContext(view, 'https://wizard.example');
  expect(context.answers).toEqual([]);
  expect(context.url).toBe('https://wizard.example/extension-failures/symptoms/findings?v=1');
});
