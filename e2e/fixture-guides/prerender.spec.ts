import { expect, test } from '@playwright/test';
import { stepPathname } from '../../src/features/guide/links/guide-href';
import { buildFiles, fixtureMarks } from '../support/build-files';
import { prerenderedPagesWithoutJavaScript } from '../support/guide-tests';
import { fixtureGuides, testBuildDir } from './test-build';

// The test build prerenders the fixture guides' step pages as it does the production guides'.
prerenderedPagesWithoutJavaScript(fixtureGuides);

test('the test build has a prerendered page for every fixture step, and names the fixtures', () => {
  const files = buildFiles(testBuildDir);
  const names = new Set(files.map((f) => f.file));
  for (const { model } of fixtureGuides) {
    for (const step of model.steps) {
      expect(names, step.id).toContain(`${stepPathname(model, step).slice(1)}/index.html`);
    }
    // What the production build's check looks for is here: that check would see a fixture.
    for (const mark of fixtureMarks(model.manifest)) {
      expect(
        files.some((f) => f.text.includes(mark)),
        mark,
      ).toBe(true);
    }
  }
});
