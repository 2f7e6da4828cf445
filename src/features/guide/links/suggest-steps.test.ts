import { expect, test } from 'vitest';
import { guideRegistry } from '../../../guides/guide-registry';
import { suggestSteps } from './suggest-steps';

const guide = await guideRegistry.loadGuide('extension-failures');

const ids = (path: string) => suggestSteps(guide, path).map((s) => s.id);

test('a step named without its folder, or by its id, is suggested', () => {
  expect(ids('findings')).toEqual(['findings']);
  expect(ids('desktop-heap')).toEqual(['cause-desktop-heap']);
  expect(ids('cause-desktop-heap')).toEqual(['cause-desktop-heap']);
  expect(ids('collect-manual')).toEqual(['collect-manual']);
});

test('typos, capitals, slashes and a wrong folder still find the step', () => {
  expect(ids('cause/desktop-heep')).toEqual(['cause-desktop-heap']);
  expect(ids('Cause/MSVC-DLL-Mismatch/')).toEqual(['cause-msvc-dll-mismatch']);
  expect(ids('causes/iaasvm-provider')).toEqual(['cause-iaasvm-provider']);
  expect(ids('known-issue')).toEqual(['known-issues']);
});

test('nothing is suggested for a path unlike any step', () => {
  expect(ids('nowhere')).toEqual([]);
  expect(ids('')).toEqual([]);
  expect(ids('cause/unknown')).toEqual([]);
});
