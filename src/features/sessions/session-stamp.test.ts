import { expect, test } from 'vitest';
import { isStamp, laterStamp, nextStamp, noStamp, stampTab, stampTime } from './session-stamp';

const t0 = new Date('2026-03-01T10:00:00.000Z');

test('a first stamp carries the time and the tab', () => {
  const stamp = nextStamp(noStamp, t0, 'tab-a');
  expect(stamp).toBe('2026-03-01T10:00:00.000Z|000000|tab-a');
  expect(isStamp(stamp)).toBe(true);
  expect(stampTime(stamp)).toBe('2026-03-01T10:00:00.000Z');
  expect(stampTab(stamp)).toBe('tab-a');
});

test('a change made after seeing another one sorts after it, even in the same millisecond', () => {
  const a = nextStamp(noStamp, t0, 'tab-z');
  const b = nextStamp(a, t0, 'tab-a');
  expect(b > a).toBe(true);
  expect(laterStamp(a, b)).toBe(b);
});

test('a clock that steps back does not make a later change sort first', () => {
  const a = nextStamp(noStamp, t0, 'tab-a');
  const b = nextStamp(a, new Date(t0.getTime() - 5000), 'tab-a');
  expect(b > a).toBe(true);
  expect(stampTime(b)).toBe(stampTime(a));
});

test('a later time sorts after any counter of an earlier one', () => {
  let a = nextStamp(noStamp, t0, 'tab-a');
  for (let i = 0; i < 20; i++) a = nextStamp(a, t0, 'tab-a');
  const b = nextStamp(noStamp, new Date(t0.getTime() + 1), 'tab-b');
  expect(b > a).toBe(true);
});

test('strings that are not stamps are told apart', () => {
  for (const bad of [
    '',
    'x',
    '2026-03-01T10:00:00Z|000000|a',
    '2026-03-01T10:00:00.000Z|0|a',
    '2026-03-01T10:00:00.000Z|000000|',
  ]) {
    expect(isStamp(bad)).toBe(false);
  }
});
