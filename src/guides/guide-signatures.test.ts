import { expect, test } from 'vitest';
import { checkSignatures } from './validation/check-signatures';
import { createSignatureSource, guideSignatures } from './guide-signatures';
import { guideRegistry } from './guide-registry';

/** Every guide's signatures, checked against its own machine (as `npm run check:guides` does). */
for (const { manifest } of guideRegistry.guides) {
  if (!guideSignatures.has(manifest.id)) continue;
  test(`${manifest.id}: its signatures name only steps, answers and causes of its machine`, async () => {
    const guide = await guideRegistry.loadGuide(manifest.id);
    const signatures = await guideSignatures.load(manifest.id);
    expect(signatures).toBeDefined();
    expect(checkSignatures(guide.steps, signatures!)).toEqual([]);
  });
}

test('this TSG has signatures', () => {
  expect(guideSignatures.has('extension-failures')).toBe(true);
});

test('a guide without a signatures file has none, without loading anything', async () => {
  const registry = {
    guideById: (id: string) =>
      id === 'plain' ? { folder: '/content/plain', manifest: {} as never } : undefined,
  };
  const source = createSignatureSource(registry, { signatures: {} });
  expect(source.has('plain')).toBe(false);
  expect(source.has('unknown')).toBe(false);
  await expect(source.load('plain')).resolves.toBeUndefined();
  expect(source.load('plain')).toBe(source.load('plain'));
});
