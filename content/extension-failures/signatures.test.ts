import { expect, test } from 'vitest';
import { createGuideModel } from '../../src/machine/guide-model';
import { manifest } from './guide';
import { definition } from './index';
import { signatures } from './signatures';

/**
 * What this TSG's signatures must say (the validator checks that every step, answer and cause
 * they name exists: `src/guides/validation/check-signatures.ts`).
 */
const guide = createGuideModel(manifest, definition);

test('the analyzer pre-fills the findings step, and every finding has a signature', () => {
  const step = guide.stepById(signatures.step);
  expect(step?.id).toBe('findings');
  const answer = step?.answer;
  const options = answer?.type === 'multiple' ? answer.options.map((o) => o.value) : [];
  for (const value of options) {
    expect(
      signatures.signatures.some((s) => s.supports.value === value),
      value,
    ).toBe(true);
  }
});

test('the three error names answer the error-code step, one option each', () => {
  const errorCode = guide.stepById('error-code')!;
  const values = errorCode.answer!.options.map((o) => o.value);
  const supported = signatures.signatures
    .filter((s) => s.supports.step === 'error-code')
    .map((s) => s.supports.value);
  expect(supported.sort()).toEqual([...values].sort());
});

test('Event ID 4689 counts only in the Application log, with its text, never by its id alone', () => {
  for (const s of signatures.signatures) {
    if ('eventId' in s.match) {
      expect(s.sources, s.id).toEqual(['application-log']);
      expect(s.match.allOf?.length ?? 0, s.id).toBeGreaterThan(0);
    }
  }
  const security = signatures.notEvidence.find((n) => n.sources.includes('security-log'));
  expect(security?.match).toEqual({ eventId: 4689 });
  expect(security?.explanation).toContain('A process has exited');
});

test('the IaaSVM provider state error is only ever a lead: the TSG quotes no text for it', () => {
  const provider = signatures.signatures.filter((s) => s.supports.value === 'iaasvm-provider');
  expect(provider.length).toBeGreaterThan(0);
  for (const s of provider) expect(s.certainty, s.id).toBe('lead');
});

test('what only the engineer can answer: the reboot, the DLL dates, an error code not in the logs', () => {
  expect(signatures.engineerQuestions.map((q) => q.step).sort()).toEqual([
    'dll-dates',
    'error-code',
    'reboot',
  ]);
});
