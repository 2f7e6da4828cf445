import { vi } from 'vitest';
import type { GuideModel } from '../../machine/guide-model';

/**
 * Every guide the app can have, the test build's fixture guides included (as `npm run
 * check:guides` sees them), each with its training data: the tests that hold for any guide run
 * on all of them.
 */
vi.stubEnv('VITE_FIXTURE_GUIDES', 'true');
const { guideRegistry } = await import('../../guides/guide-registry');
const { guideSources } = await import('../../guides/guide-sources');
vi.unstubAllEnvs();

export interface TestGuide {
  guide: GuideModel;
  fixture: boolean;
  folder: string;
}

export const allGuides: readonly TestGuide[] = await Promise.all(
  guideRegistry.guides.map(async (entry) => ({
    guide: await guideRegistry.loadGuide(entry.manifest.id),
    fixture: entry.manifest.testFixture === true,
    folder: entry.folder,
  })),
);

export { guideSources };

/** A guide by id (this TSG's guide, for the tests that name its steps). */
export function testGuide(id: string): GuideModel {
  const found = allGuides.find((g) => g.guide.manifest.id === id);
  if (!found) throw new Error(`No guide ${id}`);
  return found.guide;
}
