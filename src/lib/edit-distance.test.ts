import { expect, test } from 'vitest';
import { closestWord, editDistance } from './edit-distance';

test('edit distance counts inserts, deletes and substitutions', () => {
  expect(editDistance('', '')).toBe(0);
  expect(editDistance('heap', 'heap')).toBe(0);
  expect(editDistance('heep', 'heap')).toBe(1);
  expect(editDistance('retr', 'retry')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
});

test('the closest known word is offered only when it is close', () => {
  const values = ['event-4689', 'iaasvm-provider', 'install-provider-com-exception'];
  expect(closestWord('event-4869', values)).toBe('event-4689');
  expect(closestWord('iaasvm-provder', values)).toBe('iaasvm-provider');
  expect(closestWord('reboot', values)).toBeUndefined();
  expect(closestWord('tron', ['torn', 'out'])).toBe('torn');
  expect(closestWord('x', ['y'])).toBe('y');
  expect(closestWord('x', ['yz'])).toBeUndefined();
});
