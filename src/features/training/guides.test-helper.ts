import type { GuideBundle } from '../../guides/guide-bundle';
import { librarySource } from '../../guides/guide-library-source';
import { createGuideRegistry } from '../../guides/guide-registry';
import type { GuideModel } from '../../machine/guide-model';

/**
 * Every guide the app can have, the test build's fixture guides included (as `npm run
 * check:guides` sees them), each with its bundle (its training data): the tests that hold for
 * any guide run on all of them.
 */
const registry = createGuideRegistry(librarySource(true));
await registry.ready();

export interface TestGuide {
  guide: GuideModel;
  bundle: GuideBundle;
  fixture: boolean;
  folder: string;
}

export const allGuides: readonly TestGuide[] = await Promise.all(
  registry.guides.map(async ({ id, folder }) => {
    const bundle = await registry.loadBundle(id);
    return {
      guide: await registry.loadGuide(id),
      bundle,
      fixture: bundle.manifest.testFixture === true,
      folder,
    };
  }),
);

/** A guide by id (this TSG's guide, for the tests that name its steps). */
export function testGuide(id: string): GuideModel {
  const found = allGuides.find((g) => g.guide.manifest.id === id);
  if (!found) throw new Error(`No guide ${id}`);
  return found.guide;
}
