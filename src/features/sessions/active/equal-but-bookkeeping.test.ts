import { expect, test } from 'vitest';
import { newSession } from '../session-record';
import { equalButBookkeeping } from './equal-but-bookkeeping';

const session = newSession(
  { guideId: 'g', guideVersion: 1, stepId: 'start' },
  { id: 's1', at: '2026-11-30T10:00:00.000Z', revision: 1 },
);

test('a copy that differs only in revision and folded journals shows the same', () => {
  const sync = { stamps: { position: 's1' }, folded: { a: 1 }, startAnswers: {} };
  const before = { ...session, sync };
  const folded = {
    ...session,
    revision: 2,
    updatedAt: '2026-11-30T10:00:00.004Z',
    sync: { ...sync, folded: { a: 3, b: 1 } },
  };
  expect(equalButBookkeeping(before, folded)).toBe(true);
  // A field's stamp is read by the screens (what the next change builds on).
  expect(
    equalButBookkeeping(before, { ...folded, sync: { ...sync, stamps: { position: 's2' } } }),
  ).toBe(false);
});

test('a copy with another answer, note or name does not', () => {
  expect(equalButBookkeeping(session, { ...session, answers: { a: 'b' } })).toBe(false);
  expect(
    equalButBookkeeping(session, {
      ...session,
      notes: { a: { text: 'seen', updatedAt: '2026-11-30T10:01:00.000Z' } },
    }),
  ).toBe(false);
  expect(equalButBookkeeping(session, { ...session, caseNumber: '123' })).toBe(false);
  expect(equalButBookkeeping(session, null)).toBe(false);
  expect(equalButBookkeeping(null, null)).toBe(true);
});
