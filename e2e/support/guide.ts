import { expect, type Page } from '@playwright/test';
import type { StepMeta } from '../../src/machine/step-meta';

/** Answers a step through the UI, the way an engineer would, reading the labels off the machine. */
export async function answerThroughUi(page: Page, step: StepMeta, value: string | undefined) {
  const answer = step.answer!;
  if (answer.type === 'confirm') {
    await page.getByRole('button', { name: answer.options[0].label, exact: true }).click();
    return;
  }
  // A checklist's "none" is Continue with nothing ticked.
  const nothingTicked =
    answer.type === 'multiple' && answer.checklist && value === answer.none.value;
  const values = nothingTicked ? [] : value!.split(',');
  const options = answer.type === 'multiple' ? [...answer.options, answer.none] : answer.options;
  for (const v of values) {
    const option = options.find((o) => o.value === v)!;
    await page.getByLabel(option.label, { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
}

export async function expectStep(page: Page, step: StepMeta) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
}
