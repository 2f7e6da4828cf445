import { expect, test } from 'vitest';
import { guideRegistry } from '../guides/guide-registry';
import { stepsWithNoticeAboveTitle } from './notice-above-title';

const guide = await guideRegistry.loadGuide('extension-failures');
const found = stepsWithNoticeAboveTitle(guide);

test('the steps after Cause 1 was ruled out with Event 4689 found may show its verdict above the title', () => {
  expect(found.has('known-issues')).toBe(true);
});

test('the steps before any symptom is known never do', () => {
  for (const id of ['start', 'log-permission', 'collect-asc', 'error-code', 'findings']) {
    expect(found.has(id), id).toBe(false);
  }
});
