import { expect, test } from 'vitest';
import type { StepMeta } from '../../machine/step-meta';
import { formatDuration, progressReport } from './progress-report';
import { createProgressStorage, progressStorageKey } from './progress-storage';
import type { PracticeScore } from './score-walk';
import {
  caseSummary,
  casesDone,
  emptyProgress,
  recordAttempt,
  resetProgress,
  type TrainingProgress,
} from './training-progress';

const step = (id: string, title = id): StepMeta => ({
  id,
  path: id,
  title,
  shortTitle: title,
  kind: 'question',
  phase: 'match',
});

function score(caseId: string, right: boolean, timeMs: number, backs = 0): PracticeScore {
  return {
    caseId,
    finished: true,
    reached: step(right ? 'resolved' : 'known-issues'),
    expectedOutcome: 'resolved',
    outcomeRight: right,
    pathRight: right,
    divergence: right
      ? undefined
      : {
          step: step('findings'),
          reason: 'answer',
          expectedValue: 'a',
          expectedLabel: 'A',
          givenValue: 'b',
          givenLabel: 'B',
        },
    timeMs,
    backs,
    trail: [],
    expectedTrail: [],
    answers: {},
  };
}

const t = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute));

function sample(): TrainingProgress {
  let p = emptyProgress();
  p = recordAttempt(p, score('cause-1', false, 200_000, 2), t(0));
  p = recordAttempt(p, score('cause-1', true, 150_000, 1), t(5));
  p = recordAttempt(p, score('cause-1', true, 170_000), t(9));
  p = recordAttempt(p, score('same-dll-dates', true, 65_000), t(12));
  return p;
}

test('attempts are recorded per case, with the best time of a right attempt', () => {
  const p = sample();
  expect(caseSummary(p, 'cause-1')).toMatchObject({
    attempts: 3,
    correct: 2,
    rightFirstTime: false,
    bestTimeMs: 150_000,
  });
  expect(caseSummary(p, 'same-dll-dates')).toMatchObject({
    rightFirstTime: true,
    bestTimeMs: 65_000,
  });
  expect(caseSummary(p, 'never-tried')).toMatchObject({ attempts: 0, bestTimeMs: undefined });
  expect(casesDone(p).sort()).toEqual(['cause-1', 'same-dll-dates']);
});

test('a wrong attempt never sets a best time; reset forgets everything', () => {
  const p = recordAttempt(emptyProgress(), score('x', false, 1000), t(0));
  expect(p.cases.x!.bestTimeMs).toBeUndefined();
  expect(casesDone(p)).toEqual([]);
  expect(resetProgress()).toEqual(emptyProgress());
});

test('progress is saved to and loaded from a Storage, under a key per guide', () => {
  const storage = new MemoryStorage();
  const store = createProgressStorage(storage, progressStorageKey('extension-failures'));
  expect(store.load()).toEqual({ progress: emptyProgress() });
  expect(store.save(sample())).toBe(true);
  expect(storage.keys()).toEqual(['tsg-wizard:training-progress:extension-failures']);
  expect(store.load()).toEqual({ progress: sample() });
  store.clear();
  expect(store.load()).toEqual({ progress: emptyProgress() });
});

test('unreadable progress is reported and set aside, never silently replaced', () => {
  const storage = new MemoryStorage();
  storage.setItem('k', '{"version":7,"cases":{}}');
  const store = createProgressStorage(storage, 'k');
  const loaded = store.load();
  expect(loaded.progress).toEqual(emptyProgress());
  expect(loaded.problem).toMatch(/version 7/);
  expect(loaded.problem).toMatch(/k:unreadable/);
  store.save(sample());
  expect(storage.getItem('k:unreadable')).toBe('{"version":7,"cases":{}}');
});

test('a full storage makes save return false', () => {
  const storage = new MemoryStorage();
  storage.full = true;
  expect(createProgressStorage(storage, 'k').save(sample())).toBe(false);
});

test('the Markdown report a trainer reads', () => {
  const report = progressReport(
    sample(),
    [
      { id: 'cause-1', title: 'Finance VM | MDTC' },
      { id: 'same-dll-dates', title: 'Same DLL dates' },
      { id: 'untried', title: 'None of the known causes' },
    ],
    {
      format: 'markdown',
      guideTitle: 'Extension COM and MDTC failures',
      generatedAt: t(30),
      trainee: 'Sam',
      stepTitle: (id) => (id === 'findings' ? 'Found in the logs' : undefined),
    },
  );
  expect(report).toBe(`# Training progress: Extension COM and MDTC failures

**Trainee:** Sam
**Report made:** 2026-11-30 09:30 UTC
**Cases done:** 2 of 3 · attempts: 4 · right first time: 1

| Case | Attempts | Right | Best time | Last result |
| --- | ---: | ---: | --- | --- |
| Finance VM \\| MDTC | 3 | 2 | 2 min 30 s | right |
| Same DLL dates | 1 | 1 | 1 min 05 s | right |
| None of the known causes | 0 | 0 | – | not tried |

## Attempts

- 2026-11-30 09:00 UTC · Finance VM | MDTC · wrong from "Found in the logs" · 3 min 20 s · 2 backs
- 2026-11-30 09:05 UTC · Finance VM | MDTC · right · 2 min 30 s · 1 back
- 2026-11-30 09:09 UTC · Finance VM | MDTC · right · 2 min 50 s · 0 backs
- 2026-11-30 09:12 UTC · Same DLL dates · right · 1 min 05 s · 0 backs
`);
});

test('the plain-text report says the same without Markdown', () => {
  const report = progressReport(sample(), [{ id: 'cause-1', title: 'Finance VM' }], {
    format: 'text',
    guideTitle: 'Guide',
    generatedAt: t(30),
  });
  expect(report).toContain('Training progress: Guide\n========================\n');
  expect(report).toContain('Cases done: 1 of 1 · attempts: 3 · right first time: 0');
  expect(report).toContain(
    '- Finance VM: 3 attempt(s), 2 right, best time 2 min 30 s; last: right',
  );
  expect(report).not.toMatch(/[#|*]/);
  expect(formatDuration(42_400)).toBe('42 s');
});

/** A `Storage` in memory, that can be made full. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
  keys() {
    return [...this.items.keys()];
  }
}
