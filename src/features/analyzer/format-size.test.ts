import { expect, test } from 'vitest';
import { formatSize } from './format-size';

test('sizes read as people say them', () => {
  expect(formatSize(0)).toBe('0 bytes');
  expect(formatSize(1)).toBe('1 byte');
  expect(formatSize(4300)).toBe('4.2 KB');
  expect(formatSize(200 * 1024 * 1024)).toBe('200 MB');
  expect(formatSize(2 * 1024 ** 3)).toBe('2.0 GB');
});
