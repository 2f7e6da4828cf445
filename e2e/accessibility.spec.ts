import { expect, test } from '@playwright/test';
import { stepHref } from '../src/features/guide/links/guide-href';
import type { GuideModel } from '../src/machine/guide-model';
import { coveringPaths } from '../src/machine/guide-paths';
import { expectNoSeriousViolations } from './support/axe';
import { productionGuide } from './support/guides';

const guide = productionGuide('extension-failures');

/** For each step, a link that reaches it with answers, taken from the generated paths. */
function answeredLinkPerStep(model: GuideModel): Map<string, string> {
  const links = new Map<string, string>();
  for (const path of coveringPaths(model)) {
    const answers: Record<string, string> = {};
    for (const { step, value, next } of path.steps) {
      if (!links.has(step.id)) links.set(step.id, stepHref(model, step, { ...answers }));
      if (value !== undefined) answers[step.id] = value;
      if (!links.has(next.id)) links.set(next.id, stepHref(model, next, { ...answers }));
    }
  }
  return links;
}

const links = answeredLinkPerStep(guide);

test('every step has an answered link to check', () => {
  expect([...links.keys()].sort()).toEqual(guide.steps.map((s) => s.id).sort());
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test.describe.configure({ timeout: 60_000 });

    for (const [stepId, link] of links) {
      test(`axe: ${stepId}`, async ({ page }) => {
        await page.goto(link);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSeriousViolations(page);
      });
    }

    for (const [name, url] of [
      ['a reference step', '/extension-failures/cause/desktop-heap'],
      ['a bad link', '/extension-failures/collect/asc?log-permission=nope'],
      [
        'an unknown step, with suggestions',
        '/extension-failures/desktop-heep?log-permission=granted',
      ],
      ['the home page', '/'],
    ] as const) {
      test(`axe: ${name}`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSeriousViolations(page);
      });
    }

    test('axe: the error summary on a question answered with nothing', async ({ page }) => {
      await page.goto('/extension-failures/log-permission');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}
