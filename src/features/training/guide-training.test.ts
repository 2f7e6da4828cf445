import { expect, test } from 'vitest';
import { findGlossaryEntry } from '../../machine/guide-training';
import { termsInPage } from './glossary-lookup';
import { allGuides } from './guides.test-helper';
import { endStepsWithoutCase, validatePracticeCases } from '../../machine/practice-case-problems';

/** What every guide's training data must satisfy, the test build's fixture guides included. */

for (const { guide, bundle } of allGuides) {
  const id = guide.manifest.id;

  test(`${id}: every practice case is accepted by the machine and ends where it says`, async () => {
    const cases = await bundle.practiceCases?.();
    if (!cases) return;
    expect(cases.length).toBeGreaterThan(0);
    expect(validatePracticeCases(guide, cases)).toEqual([]);
  });

  test(`${id}: every end step has a practice case, when the guide has cases`, async () => {
    const cases = await bundle.practiceCases?.();
    if (!cases) return;
    expect(endStepsWithoutCase(guide, cases).map((s) => s.id)).toEqual([]);
  });

  test(`${id}: “Why we ask this” for every question, and for steps only`, async () => {
    const why = await bundle.whyWeAsk?.();
    if (!why) return;
    for (const key of Object.keys(why)) expect(guide.stepById(key), key).toBeDefined();
    for (const step of guide.steps.filter((s) => s.kind === 'question')) {
      expect(why[step.id], step.id).toBeDefined();
    }
  });

  test(`${id}: every term a page marks is in the guide's glossary`, async () => {
    const glossary = (await bundle.glossary?.()) ?? [];
    const terms = new Set(glossary.map((e) => e.term.toLowerCase()));
    expect(terms.size, 'terms are unique').toBe(glossary.length);
    for (const step of guide.steps) {
      const source = await bundle.pageSources[step.id]?.();
      for (const term of termsInPage(source ?? '')) {
        expect(findGlossaryEntry(glossary, term), `${step.id}: <Term>${term}</Term>`).toBeDefined();
      }
    }
  });
}

test('the terms a page marks are read from its source', () => {
  expect(
    termsInPage(
      'In **<Term>ASC</Term>**, the <Term name="Desktop heap">desktop\nheap</Term>, <Term>`COM+`</Term>.',
    ),
  ).toEqual(['ASC', 'Desktop heap', 'COM+']);
});
