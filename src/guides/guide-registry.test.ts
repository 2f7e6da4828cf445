import { expect, test } from 'vitest';
import { isLoadError } from '../lib/load-cache';
import type { GuideBundle, GuideCard } from './guide-bundle';
import { createGuideRegistry, guideRegistry } from './guide-registry';

const card = (id: string, basePath: string): GuideCard =>
  ({ id, basePath, title: id, summary: '', version: 1, errors: [], articleId: '' }) as GuideCard;

test('the guides are known once the list has loaded; a guide’s bundle only when it is opened', async () => {
  const opened: string[] = [];
  const registry = createGuideRegistry(async () => [
    {
      card: card('b', '/b'),
      folder: '/content/b',
      bundle: () => {
        opened.push('b');
        return Promise.reject(new Error('offline'));
      },
    },
    { card: card('a', '/a'), folder: '/content/a', bundle: () => Promise.reject(new Error('-')) },
  ]);
  expect(registry.guides).toEqual([]);
  await registry.ready();
  expect(registry.guides.map((g) => g.manifest.id)).toEqual(['a', 'b']);
  expect(registry.guideForPathname('/b/some/step')).toMatchObject({
    entry: { folder: '/content/b' },
    rest: 'some/step',
  });
  expect(opened).toEqual([]);
  const failed = await registry.loadGuide('b').catch((e: unknown) => e);
  expect(isLoadError(failed)).toBe(true);
  expect(opened).toEqual(['b']);
});

test('a list that cannot be loaded says why, and is tried again by the next caller', async () => {
  let attempts = 0;
  const registry = createGuideRegistry(async () => {
    attempts++;
    if (attempts === 1) throw new Error('offline');
    return [
      { card: card('a', '/a'), folder: '/content/a', bundle: async () => ({}) as GuideBundle },
    ];
  });
  await expect(registry.ready()).rejects.toThrow('offline');
  expect(registry.failure()).toBeInstanceOf(Error);
  expect(registry.guides).toEqual([]);
  await registry.ready();
  expect(registry.failure()).toBeUndefined();
  expect(registry.guideById('a')?.folder).toBe('/content/a');
});

test('this build’s list: the shipped guide, by its folder, its bundle naming its parts', async () => {
  const entry = guideRegistry.guideById('extension-failures');
  expect(entry?.folder).toBe('/content/extension-failures');
  const bundle = await guideRegistry.loadBundle('extension-failures');
  expect(bundle.manifest.cards.length).toBeGreaterThan(0);
  expect(Object.keys(bundle.pages)).toContain('reboot');
  expect(bundle.files.pages.reboot).toBe('content/extension-failures/pages/reboot.mdx');
});
