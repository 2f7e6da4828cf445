import { expect, test } from 'vitest';
import { guideRegistry } from '../../guides/guide-registry';
import { guideAnswerRules } from './answer-rules';
import { fieldStamp, foldIntents, seenBy, type AnswerRules } from './apply-intent';
import { newSession, type CaseSession } from './session-record';
import { fieldOf, type IntentEnvelope, type SessionIntent } from './session-intents';
import { noStamp } from './session-stamp';

/** One intent applied to a record: a fold of one. */
const applyOne = (session: CaseSession, envelope: IntentEnvelope, rules: AnswerRules) =>
  foldIntents(session, [envelope], rules);

const rules = guideAnswerRules(await guideRegistry.loadGuide('extension-failures'));

/**
 * Every pair of intents two tabs can send at once, each tab having seen the same record: the
 * outcome never depends on which arrives first, and follows the rules in `apply-intent.ts`.
 */

const t0 = Date.parse('2026-03-01T10:00:00.000Z');
const stampAt = (ms: number, tab: string) => `${new Date(t0 + ms).toISOString()}|000000|${tab}`;

/** At the msvc DLL dates step with four answers, a name, a note and two ticked items. */
function base(): CaseSession {
  return newSession(
    {
      guideId: 'extension-failures',
      guideVersion: 1,
      stepId: 'dll-dates',
      answers: {
        'log-permission': 'granted',
        'collect-asc': 'report-ready',
        'error-code': 'extension-installation-failed-com',
        findings: 'install-provider-com-exception',
      },
      caseNumber: '2601100070000100',
      label: 'Contoso',
      checklists: {
        'collect-manual': { '3': '2026-03-01T09:00:00.000Z', '4': '2026-03-01T09:00:00.000Z' },
      },
      notes: {
        'dll-dates': { text: 'Dates checked at 09:00', updatedAt: '2026-03-01T09:00:00.000Z' },
      },
    },
    { id: 'session-1', at: '2026-03-01T09:00:00.000Z', revision: 3 },
  );
}

/** Tab A's intent at 10:00:00.000 and tab B's at 10:00:00.005, both having seen `from`. */
function envelope(
  tab: 'A' | 'B',
  intent: SessionIntent,
  from: CaseSession,
  ms = tab === 'A' ? 0 : 5,
): IntentEnvelope {
  return { tab, seq: 1, stamp: stampAt(ms, tab), seen: seenBy(from, intent), intent };
}

/** Applies both, in both arrival orders and as one fold; all three must agree. */
function concurrently(a: IntentEnvelope, b: IntentEnvelope, from = base()): CaseSession {
  const ab = applyOne(applyOne(from, a, rules), b, rules);
  const ba = applyOne(applyOne(from, b, rules), a, rules);
  expect(ba).toEqual(ab);
  expect(applyOne(applyOne(from, b, rules), a, rules)).toEqual(ab);
  return ab;
}

type Kind = 'answered' | 'moved' | 'ticked' | 'unticked' | 'noted' | 'renamed' | 'evidence';

/** One intent of each kind; variant 1 aims at another target than variant 0 where there is one. */
function make(kind: Kind, variant: 0 | 1): SessionIntent {
  switch (kind) {
    case 'answered':
      return variant === 0
        ? {
            type: 'answered',
            stepId: 'dll-dates',
            value: 'differ',
            to: { stepId: 'cause-msvc-dll-mismatch' },
          }
        : {
            type: 'answered',
            stepId: 'error-code',
            value: 'extension-installation-failed-mdtc',
            to: { stepId: 'findings' },
          };
    case 'moved':
      return { type: 'moved', to: { stepId: variant === 0 ? 'collect-asc' : 'error-code' } };
    case 'ticked':
      return {
        type: 'checked',
        checklistId: 'collect-manual',
        itemId: variant === 0 ? '1' : '2',
        checked: true,
      };
    case 'unticked':
      return {
        type: 'checked',
        checklistId: 'collect-manual',
        itemId: variant === 0 ? '3' : '4',
        checked: false,
      };
    case 'noted':
      return {
        type: 'noted',
        stepId: variant === 0 ? 'findings' : 'error-code',
        text: `Note from variant ${variant}`,
      };
    case 'renamed':
      return {
        type: 'renamed',
        caseNumber: `260110007000010${variant}`,
        label: `Label ${variant}`,
      };
    case 'evidence':
      return {
        type: 'evidence-kept',
        evidenceId: `evidence-${variant}`,
        stepId: 'findings',
        kind: 'event-log-line',
        data: { line: variant },
      };
  }
}

/** Whether the record shows the intent's change. */
function shows(session: CaseSession, intent: SessionIntent): boolean {
  switch (intent.type) {
    case 'answered':
      return (
        session.answers[intent.stepId] === intent.value &&
        session.timeline.some((e) => e.stepId === intent.stepId && e.value === intent.value)
      );
    case 'moved':
      return session.stepId === intent.to.stepId;
    case 'checked':
      return (
        (session.checklists[intent.checklistId]?.[intent.itemId] !== undefined) === intent.checked
      );
    case 'noted':
      return session.notes[intent.stepId]?.text === intent.text;
    case 'renamed':
      return session.caseNumber === intent.caseNumber && session.label === intent.label;
    case 'evidence-kept':
      return (
        JSON.stringify(session.evidence?.[intent.evidenceId]?.data) === JSON.stringify(intent.data)
      );
  }
}

const kinds: Kind[] = ['answered', 'moved', 'ticked', 'unticked', 'noted', 'renamed', 'evidence'];
/** Both change where the engineer is: only one can be shown (see the tests below). */
const movesOn = new Set<Kind>(['answered', 'moved']);

for (const [i, first] of kinds.entries()) {
  for (const second of kinds.slice(i)) {
    const a = make(first, 0);
    const b = make(second, 1);
    if (fieldOf(a) !== undefined && fieldOf(a) === fieldOf(b)) continue; // one field: below
    if (movesOn.has(first) && movesOn.has(second)) continue; // one position: below
    test(`${first} in tab A and ${second} in tab B at once: both survive`, () => {
      const merged = concurrently(envelope('A', a, base()), envelope('B', b, base()));
      expect(shows(merged, a)).toBe(true);
      expect(shows(merged, b)).toBe(true);
      expect(merged.conflicts ?? []).toEqual([]);
    });
  }
}

test('answered and answered on two steps at once: both answers count; the later one says where the engineer is', () => {
  const a = make('answered', 0);
  const b = make('answered', 1);
  const merged = concurrently(envelope('A', a, base()), envelope('B', b, base()));
  expect(shows(merged, a)).toBe(true);
  expect(shows(merged, b)).toBe(true);
  expect(merged.stepId).toBe('findings');
});

test('answered and answered on one step at once: the later answer counts, both are in the timeline', () => {
  const a: SessionIntent = {
    type: 'answered',
    stepId: 'dll-dates',
    value: 'differ',
    to: { stepId: 'cause-msvc-dll-mismatch' },
  };
  const b: SessionIntent = {
    type: 'answered',
    stepId: 'dll-dates',
    value: 'same',
    to: { stepId: 'known-issues' },
  };
  for (const [aMs, bMs, winner] of [
    [0, 5, 'same'],
    [5, 0, 'differ'],
  ] as const) {
    const merged = concurrently(envelope('A', a, base(), aMs), envelope('B', b, base(), bMs));
    expect(merged.answers['dll-dates']).toBe(winner);
    expect(merged.stepId).toBe(winner === 'same' ? 'known-issues' : 'cause-msvc-dll-mismatch');
    expect(merged.timeline.map((e) => e.value)).toEqual(
      aMs < bMs ? ['differ', 'same'] : ['same', 'differ'],
    );
  }
});

test('an answer, and a change in another tab that makes it no longer apply: dropped whichever came first', () => {
  const a: SessionIntent = {
    type: 'answered',
    stepId: 'dll-dates',
    value: 'differ',
    to: { stepId: 'cause-msvc-dll-mismatch' },
  };
  const b: SessionIntent = {
    type: 'answered',
    stepId: 'findings',
    value: 'none',
    to: { stepId: 'known-issues' },
  };
  for (const [aMs, bMs] of [
    [0, 5],
    [5, 0],
  ] as const) {
    const merged = concurrently(envelope('A', a, base(), aMs), envelope('B', b, base(), bMs));
    expect(merged.answers.findings).toBe('none');
    expect(merged.answers['dll-dates']).toBeUndefined();
    // Nothing is forgotten: the dropped answer is still in the timeline.
    expect(merged.timeline.map((e) => e.stepId).sort()).toEqual(['dll-dates', 'findings']);
  }
});

test('answered and moved at once: the later says where the engineer is; the answer stays either way', () => {
  const a = make('answered', 0);
  const b: SessionIntent = { type: 'moved', to: { stepId: 'collect-asc' } };
  for (const [aMs, bMs, at] of [
    [0, 5, 'collect-asc'],
    [5, 0, 'cause-msvc-dll-mismatch'],
  ] as const) {
    const merged = concurrently(envelope('A', a, base(), aMs), envelope('B', b, base(), bMs));
    expect(merged.stepId).toBe(at);
    expect(merged.answers['dll-dates']).toBe('differ');
    expect(Object.keys(merged.answers)).toHaveLength(5);
  }
});

test('moved and moved at once: the later position wins, and no answer is removed', () => {
  const a = make('moved', 0);
  const b = make('moved', 1);
  for (const [aMs, bMs, at] of [
    [0, 5, 'error-code'],
    [5, 0, 'collect-asc'],
  ] as const) {
    const merged = concurrently(envelope('A', a, base(), aMs), envelope('B', b, base(), bMs));
    expect(merged.stepId).toBe(at);
    expect(merged.answers).toEqual(base().answers);
  }
});

test('navigation never removes answers: Back three times keeps all four', () => {
  let session = base();
  for (const [i, stepId] of ['findings', 'error-code', 'collect-asc'].entries()) {
    const intent: SessionIntent = { type: 'moved', to: { stepId } };
    session = applyOne(session, { ...envelope('A', intent, session, i), seq: i + 1 }, rules);
  }
  expect(session.stepId).toBe('collect-asc');
  expect(session.answers).toEqual(base().answers);
});

test('ticked and ticked on one item at once: it is ticked, with the later time', () => {
  const a = make('ticked', 0);
  const merged = concurrently(envelope('A', a, base()), envelope('B', a, base()));
  expect(merged.checklists['collect-manual']?.['1']).toBe('2026-03-01T10:00:00.005Z');
});

test('ticked and unticked on one item at once: the later wins', () => {
  const from = base();
  const tick: SessionIntent = {
    type: 'checked',
    checklistId: 'collect-manual',
    itemId: '3',
    checked: true,
  };
  const untick = make('unticked', 0);
  for (const [aMs, bMs, checked] of [
    [0, 5, false],
    [5, 0, true],
  ] as const) {
    const merged = concurrently(envelope('A', tick, from, aMs), envelope('B', untick, from, bMs));
    expect(merged.checklists['collect-manual']?.['3'] !== undefined).toBe(checked);
  }
});

test('unticked and unticked on one item at once: it is unticked', () => {
  const a = make('unticked', 0);
  const merged = concurrently(envelope('A', a, base()), envelope('B', a, base()));
  expect(merged.checklists['collect-manual']?.['3']).toBeUndefined();
  expect(merged.checklists['collect-manual']?.['4']).toBeDefined();
});

test('noted and noted on one step at once: the later text is kept and the other is kept as a conflict', () => {
  const a: SessionIntent = { type: 'noted', stepId: 'dll-dates', text: 'A: msvcp120 is newer' };
  const b: SessionIntent = { type: 'noted', stepId: 'dll-dates', text: 'B: both from 2013' };
  for (const [aMs, bMs] of [
    [0, 5],
    [5, 0],
  ] as const) {
    const merged = concurrently(envelope('A', a, base(), aMs), envelope('B', b, base(), bMs));
    const [winner, loser] = aMs > bMs ? [a, b] : [b, a];
    expect(merged.notes['dll-dates']?.text).toBe(winner.type === 'noted' && winner.text);
    expect(merged.conflicts).toEqual([
      expect.objectContaining({
        field: 'note',
        stepId: 'dll-dates',
        lost: loser.type === 'noted' && loser.text,
        lostBy: aMs > bMs ? 'B' : 'A',
      }),
    ]);
  }
});

test('noted and noted with the same text at once: no conflict', () => {
  const a: SessionIntent = { type: 'noted', stepId: 'dll-dates', text: 'Same words' };
  const merged = concurrently(envelope('A', a, base()), envelope('B', a, base()));
  expect(merged.notes['dll-dates']?.text).toBe('Same words');
  expect(merged.conflicts ?? []).toEqual([]);
});

test('a note cleared in one tab while the other types in it: the later wins, the other text is kept as a conflict', () => {
  const cleared: SessionIntent = { type: 'noted', stepId: 'dll-dates', text: '' };
  const typed: SessionIntent = { type: 'noted', stepId: 'dll-dates', text: 'Still needed' };
  const merged = concurrently(envelope('A', typed, base()), envelope('B', cleared, base()));
  expect(merged.notes['dll-dates']).toBeUndefined();
  expect(merged.conflicts).toEqual([
    expect.objectContaining({ field: 'note', lost: 'Still needed', lostBy: 'A' }),
  ]);
});

test('a note edited after seeing the other tab’s edit is not a conflict', () => {
  const first = envelope('A', { type: 'noted', stepId: 'dll-dates', text: 'First' }, base());
  const afterFirst = applyOne(base(), first, rules);
  const second = envelope(
    'B',
    { type: 'noted', stepId: 'dll-dates', text: 'First, then more' },
    afterFirst,
  );
  expect(second.seen).toBe(fieldStamp(afterFirst, 'note:dll-dates'));
  const merged = applyOne(afterFirst, second, rules);
  expect(merged.notes['dll-dates']?.text).toBe('First, then more');
  expect(merged.conflicts ?? []).toEqual([]);
});

test('renamed and renamed at once: the later names are kept, the other ones as a conflict', () => {
  const a = make('renamed', 0);
  const b = make('renamed', 1);
  const merged = concurrently(envelope('A', a, base()), envelope('B', b, base()));
  expect(shows(merged, b)).toBe(true);
  expect(merged.conflicts).toEqual([
    expect.objectContaining({
      field: 'name',
      lost: { caseNumber: '2601100070000100', label: 'Label 0' },
      lostBy: 'A',
    }),
  ]);
});

test('a rename, then another tab’s edits made before it saw the rename: the rename stays', () => {
  const from = base();
  const rename = envelope('A', { type: 'renamed', caseNumber: '2601100070000999' }, from, 0);
  const edits = [make('ticked', 1), make('noted', 1), make('answered', 0), make('moved', 1)].map(
    (intent, i) => ({ ...envelope('B', intent, from, 1 + i), seq: i + 1 }),
  );
  const merged = foldIntents(applyOne(from, rename, rules), edits, rules);
  expect(merged.caseNumber).toBe('2601100070000999');
  expect(merged.label).toBeUndefined();
});

test('evidence and evidence for one id at once: the later wins; a removal is a change like any other', () => {
  const keep = make('evidence', 0);
  const remove: SessionIntent = { ...keep, data: null } as SessionIntent;
  const other: SessionIntent = { ...keep, data: { line: 'other' } } as SessionIntent;
  let merged = concurrently(envelope('A', keep, base()), envelope('B', other, base()));
  expect(merged.evidence?.['evidence-0']?.data).toEqual({ line: 'other' });
  merged = concurrently(envelope('A', keep, base()), envelope('B', remove, base()));
  expect(merged.evidence?.['evidence-0']).toBeUndefined();
  merged = concurrently(envelope('A', keep, base(), 5), envelope('B', remove, base(), 0));
  expect(merged.evidence?.['evidence-0']?.data).toEqual({ line: 0 });
});

test('an intent applied twice changes nothing the second time', () => {
  const once = applyOne(base(), envelope('A', make('noted', 0), base()), rules);
  expect(
    applyOne(
      once,
      envelope('A', { type: 'noted', stepId: 'findings', text: 'changed' }, base()),
      rules,
    ),
  ).toBe(once);
});

test('a record the one writer never touched starts from its own answers', () => {
  const legacy = base();
  expect(legacy.sync).toBeUndefined();
  const merged = applyOne(legacy, envelope('A', make('moved', 0), legacy), rules);
  expect(merged.sync?.startAnswers).toEqual(legacy.answers);
  expect(merged.sync?.folded).toEqual({ A: 1 });
  expect(seenBy(merged, make('moved', 1))).toBe(fieldStamp(merged, 'position'));
  expect(seenBy(legacy, make('moved', 1))).toBe(noStamp);
});

test('a tab whose note lost goes on typing: its text is the note again, and the other tab’s text is the conflict', () => {
  const from = base();
  const a1 = envelope('A', { type: 'noted', stepId: 'dll-dates', text: 'A types' }, from, 0);
  const b1 = envelope('B', { type: 'noted', stepId: 'dll-dates', text: 'B types' }, from, 5);
  // Tab A's field still shows its own text: its next save builds on it, not on B's.
  const a2 = {
    ...envelope('A', { type: 'noted', stepId: 'dll-dates', text: 'A types more' }, from, 9),
    seq: 2,
    seen: a1.stamp,
  };
  const merged = foldIntents(from, [a1, b1, a2], rules);
  expect(merged.notes['dll-dates']?.text).toBe('A types more');
  expect(merged.conflicts).toEqual([expect.objectContaining({ lost: 'B types', lostBy: 'B' })]);
  // Whatever the order the three arrive in.
  for (const order of [
    [b1, a1, a2],
    [a1, a2, b1],
    [b1, a2, a1],
  ]) {
    let session = from;
    for (const e of order) session = applyOne(session, e, rules);
    expect(session).toEqual(merged);
  }
});
