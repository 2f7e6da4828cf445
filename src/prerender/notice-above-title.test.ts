import { expect, test } from 'vitest';
import { guideRegistry } from '../guides/guide-registry';
import { mayShowNoticeAboveTitle } from './notice-above-title';

const guide = await guideRegistry.loadGuide('extension-failures');
const step = (id: string) => guide.stepById(id)!;

test('the steps after Cause 1 was ruled out with Event 4689 found may show its verdict above the title', () => {
  expect(mayShowNoticeAboveTitle(guide, step('known-issues'))).toBe(true);
});

test('the steps before any symptom is known never do', () => {
  for (const id of ['start', 'log-permission', 'collect-asc', 'error-code', 'findings']) {
    expect(mayShowNoticeAboveTitle(guide, step(id)), id).toBe(false);
  }
});
