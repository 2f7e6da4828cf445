import { expect, test } from 'vitest';
import { checkSignatures } from './validation/check-signatures';
import { createSignatureSource, guideSignatures } from './signature-source';
import type { GuideBundle } from './guide-bundle';
import { guideRegistry } from './guide-registry';

/** Every guide's signatures, checked against its own machine (as `npm run check:guides` does). */
for (const { id } of guideRegistry.guides) {
  const { manifest } = await guideRegistry.loadBundle(id);
  if (!guideSignatures.has(manifest.id)) continue;
  test(`${manifest.id}: its signatures name only steps, answers and causes of its machine`, async () => {
    const guide = await guideRegistry.loadGuide(manifest.id);
    const signatures = await guideSignatures.load(manifest.id);
    expect(signatures).toBeDefined();
    expect(checkSignatures(guide.steps, signatures!)).toEqual([]);
  });
}

test('this TSG has signatures (known once its bundle has loaded)', () => {
  expect(guideSignatures.has('extension-failures')).toBe(true);
});

test('a guide without a signatures file has none, and loads no signatures', async () => {
  const bundle = { signatures: undefined } as unknown as GuideBundle;
  const registry = {
    loadBundle: (id: string) =>
      id === 'plain' ? Promise.resolve(bundle) : Promise.reject(new Error(`No guide ${id}`)),
    loadedBundle: (id: string) => (id === 'plain' ? bundle : undefined),
  };
  const source = createSignatureSource(registry);
  expect(source.has('plain')).toBe(false);
  expect(source.has('unknown')).toBe(false);
  await expect(source.load('plain')).resolves.toBeUndefined();
  expect(source.load('plain')).toBe(source.load('plain'));
});
