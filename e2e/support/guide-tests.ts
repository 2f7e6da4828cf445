import { expect, test, type Locator } from '@playwright/test';
import { stepPathname } from '../../src/features/guide/links/guide-href';
import { coveringPaths } from '../../src/machine/guide-paths';
import { answerThroughUi, expectStep } from './guide';
import type { TestGuide } from './guides';

/**
 * The browser tests every guide gets, read off its machine and its facts: the production
 * guides' specs and the fixture guides' specs (on the test build) both declare them.
 */

/** One test per path generated from each guide's machine (xstate/graph), clicked through. */
export function clickThroughCoveringPaths(guides: readonly TestGuide[]) {
  for (const { model } of guides) {
    for (const path of coveringPaths(model)) {
      test(`${model.manifest.id}: click through: ${path.description}`, async ({ page }) => {
        await page.goto(model.manifest.basePath);
        for (const { step, value, next } of path.steps) {
          await expectStep(page, step);
          await answerThroughUi(page, step, value);
          await expectStep(page, next);
          await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
        }
        // The end screen shows every answer given on the way, in order.
        const summary = page.getByRole('region', { name: 'How you got here' });
        const answered = path.steps
          .filter((s) => s.value !== undefined)
          .map((s) => s.step.shortTitle);
        await expect(summary.locator('dt')).toHaveText(answered);
        // Reloading the end screen shows the same thing.
        await page.reload();
        await expectStep(page, path.end);
        await expect(summary.locator('dt')).toHaveText(answered);
      });
    }
  }
}

/** Each step's link opens alone, on exactly its step, with the TSG's words its guide lists. */
export function deepLinkTests(guides: readonly TestGuide[]) {
  for (const { model, facts } of guides) {
    for (const step of model.steps) {
      const link = stepPathname(model, step);
      test(`${link} opens alone and shows the TSG's facts verbatim`, async ({ page }) => {
        await page.goto(link);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
        const main = page.getByRole('main');
        for (const fact of facts[step.id] ?? []) await expectFact(main, fact);
      });
    }
  }
}

/** Every step's prerendered page, read with JavaScript off: plain HTML, title, heading, facts. */
export function prerenderedPagesWithoutJavaScript(guides: readonly TestGuide[]) {
  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('every step page is plain HTML with its title, heading and TSG facts', async ({
      page,
    }) => {
      for (const { model, facts } of guides) {
        for (const step of model.steps) {
          const path = stepPathname(model, step);
          await page.goto(path);
          await expect(page, path).toHaveTitle(`${step.title} · ${model.manifest.title}`);
          await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(step.title);
          for (const fact of facts[step.id] ?? []) await expectFact(page.getByRole('main'), fact);
        }
      }
    });
  });
}

/**
 * A TSG fact on the page as a reader sees it: what only screen readers get (a link's "(opens in
 * a new tab)") left out, so a fact may end with punctuation right after a link.
 */
async function expectFact(main: Locator, fact: string) {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  await expect
    .poll(
      async () =>
        collapse(
          await main.evaluate((element) => {
            const copy = element.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.sr-only').forEach((hidden) => hidden.remove());
            return copy.textContent ?? '';
          }),
        ),
      { message: fact },
    )
    .toContain(collapse(fact));
}
