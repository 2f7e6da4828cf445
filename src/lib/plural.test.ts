import { expect, test } from 'vitest';
import { plural } from './plural';

test('counts take their plural', () => {
  expect(plural(1, 'file')).toBe('1 file');
  expect(plural(12345, 'line')).toBe('12,345 lines');
});
