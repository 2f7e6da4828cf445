import { expect, test } from 'vitest';
import { isLoadError } from '../lib/load-cache';
import type { GuideBundle, GuideCard } from './guide-bundle';
import { createGuideRegistry, guideRegistry } from './guide-registry';

const card = (id: string, basePath: string, title = id): GuideCard => ({
  id,
  basePath,
  title,
  summary: '',
  version: 1,
  errors: [],
  articleId: '',
});

test('the guides are known once the list has loaded; their cards when asked; a bundle when opened', async () => {
  const opened: string[] = [];
  const registry = createGuideRegistry({
    guides: async () => [
      {
        id: 'b',
        basePath: '/b',
        folder: '/content/b',
        bundle: () => {
          opened.push('b');
          return Promise.reject(new Error('offline'));
        },
      },
      {
        id: 'a',
        basePath: '/a',
        folder: '/content/a',
        bundle: () => Promise.reject(new Error('-')),
      },
    ],
    cards: async () => [card('b', '/b', 'A guide'), card('a', '/a', 'Z guide')],
  });
  expect(registry.guides).toEqual([]);
  await registry.ready();
  expect(registry.guides.map((g) => g.id)).toEqual(['a', 'b']);
  expect(registry.loadedCards()).toBeUndefined();
  expect((await registry.loadCards()).map((c) => c.id)).toEqual(['b', 'a']);
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
  const registry = createGuideRegistry({
    guides: async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return [
        { id: 'a', basePath: '/a', folder: '/content/a', bundle: async () => ({}) as GuideBundle },
      ];
    },
    cards: async () => [],
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
