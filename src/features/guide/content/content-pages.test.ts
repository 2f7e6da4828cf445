import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { steps } from '../../../machine/steps';

const contentDir = fileURLToPath(
  new URL('../../../../content/extension-failures/', import.meta.url),
);
const pageIds = readdirSync(contentDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -'.mdx'.length));

test('every step of the machine has a content page', () => {
  const missing = steps.map((s) => s.id).filter((id) => !pageIds.includes(id));
  expect(missing).toEqual([]);
});

test('every content page belongs to a step of the machine', () => {
  const stepIds = new Set(steps.map((s) => s.id));
  expect(pageIds.filter((id) => !stepIds.has(id))).toEqual([]);
});

test('content pages leave the h1 to the step title', () => {
  for (const id of pageIds) {
    const text = readFileSync(`${contentDir}${id}.mdx`, 'utf8');
    expect(text, id).not.toMatch(/^# /m);
  }
});
