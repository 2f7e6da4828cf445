import { expect, test } from 'vitest';
import { stepById } from '../../src/machine/steps';
import { signatures } from './signatures';

/** The signatures name the guide's steps and answers: each must exist in the machine. */

test('every signature supports an option of a step of the guide', () => {
  for (const s of signatures.signatures) {
    const step = stepById(s.supports.step);
    expect(step, s.id).toBeDefined();
    const answer = step!.answer;
    const options = answer && answer.type !== 'confirm' ? answer.options.map((o) => o.value) : [];
    expect(options, s.id).toContain(s.supports.value);
  }
});

test('every cause is a cause step; every question a step', () => {
  for (const s of signatures.signatures) {
    if (s.cause) expect(stepById(s.cause)?.kind, s.id).toBe('cause');
  }
  for (const q of signatures.engineerQuestions) expect(stepById(q.step), q.step).toBeDefined();
});

test('Event ID 4689 is matched with its log and its text, never by its id alone', () => {
  for (const s of signatures.signatures) {
    if ('eventId' in s.match) {
      expect(s.sources).toEqual(['application-log']);
      expect(s.match.allOf?.length ?? 0).toBeGreaterThan(0);
    }
  }
});

test('a signature or a question names only signatures that exist', () => {
  const ids = new Set(signatures.signatures.map((s) => s.id));
  for (const n of signatures.notEvidence) expect(ids.has(n.mistakenFor), n.id).toBe(true);
  for (const q of signatures.engineerQuestions) {
    for (const id of [...(q.whenFound ?? []), ...(q.unlessFound ?? [])])
      expect(ids.has(id), id).toBe(true);
  }
});
