import { expect, test } from 'vitest';
import { guideRegistry } from '../../guides/guide-registry';
import { replay } from '../../machine/replay';
import { resumeStepId } from './resume-target';

const guide = await guideRegistry.loadGuide('extension-failures');
const trailOf = (answers: Readonly<Record<string, string>>) => replay(guide, answers).trail;
const fourAnswers = {
  'log-permission': 'granted',
  'collect-asc': 'report-ready',
  'error-code': 'extension-installation-failed-com',
  findings: 'install-provider-com-exception',
};

test('after Back three times, Resume opens the step the engineer was on, with every answer', () => {
  expect(resumeStepId({ stepId: 'collect-asc', answers: fourAnswers }, trailOf)).toBe(
    'collect-asc',
  );
});

test('a step the answers do not lead to (looked at as a reference) resumes at the furthest step', () => {
  expect(resumeStepId({ stepId: 'permission-pending', answers: fourAnswers }, trailOf)).toBe(
    'dll-dates',
  );
});
