import { expect, type Page } from '@playwright/test';
import { stepHref, stepPathname } from '../../src/features/guide/links/guide-href';
import { pathsToTheEnd } from '../../src/machine/guide-paths';
import type { StepMeta } from '../../src/machine/step-meta';
import { steps } from '../../src/machine/steps';
import { appSettled } from './app-settled';
import { badLinkHeading, homeHeading, notFoundHeading, unknownStepHeading } from './fuzz-links';
import { answerThroughUi, expectStep } from './guide';

/**
 * Every screen of the app, and its dialogs, opened as a user would: the home page, every step
 * opened on its own and with the answers that lead to it, the messages for bad links, and a case
 * session worked through to a cause with its checklist, note, case details and case note dialog.
 * `shown(name)` is called once each screen (or dialog) is on screen and the app has settled.
 */
export type ScreenShown = (name: string) => Promise<void>;

/** For each step, the first link of the machine's ways through the guide that reaches it. */
function answeredLinks(): Map<string, string> {
  const links = new Map<string, string>();
  for (const path of pathsToTheEnd()) {
    const answers: Record<string, string> = {};
    for (const s of path.steps) {
      if (s.value !== undefined) answers[s.step.id] = s.value;
      if (!links.has(s.next.id)) links.set(s.next.id, stepHref(s.next, answers));
    }
  }
  return links;
}

async function open(page: Page, url: string, heading: string) {
  await page.goto(url);
  await appSettled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** The way to Cause 3 through Method 1, read off the machine. */
function cause3Path() {
  const path = pathsToTheEnd().find(
    (p) =>
      p.steps.some((s) => s.step.id === 'cause-msvc-dll-mismatch') &&
      p.steps.some((s) => s.step.id === 'collect-asc' && s.value === 'report-ready'),
  );
  if (!path) throw new Error('No way to Cause 3 through Method 1 in the machine');
  return path.steps.slice(
    0,
    path.steps.findIndex((s) => s.step.id === 'cause-msvc-dll-mismatch'),
  );
}

export async function tourEveryScreen(page: Page, shown: ScreenShown) {
  await open(page, '/', homeHeading);
  await shown('home');

  const answered = answeredLinks();
  for (const step of steps) {
    await open(page, stepPathname(step), step.title);
    await shown(`${step.id}, on its own`);
    const link = answered.get(step.id);
    if (link) {
      await open(page, link, step.title);
      await shown(`${step.id}, with answers`);
    }
  }

  await open(page, '/extension-failures/no-such-step', unknownStepHeading);
  await shown('unknown step');
  await open(page, '/extension-failures/collect/asc?log-permission=nope&v=1', badLinkHeading);
  await shown('bad link');
  await open(page, '/no/such/page', notFoundHeading);
  await shown('page not found');

  // A case session, worked through to Cause 3.
  await open(page, stepPathname(steps[0]!), steps[0]!.title);
  await page.getByLabel('Case number (optional)').fill('2611290010000001');
  let at: StepMeta = steps[0]!;
  for (const s of cause3Path()) {
    await expectStep(page, s.step);
    await answerThroughUi(page, s.step, s.value);
    at = s.next;
  }
  await expectStep(page, at);
  await shown('a case session at Cause 3');
  const checkbox = page.getByRole('main').getByRole('checkbox').first();
  await checkbox.check();
  const note = page.getByLabel('Your notes on this step');
  await note.fill('Checked the DLL dates with the customer.');
  await note.blur();
  await shown('checklist ticked and note written');

  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await shown('case details form');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Copy case note…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Case note' });
  await expect(dialog.getByLabel('Case note preview')).toHaveValue(/2611290010000001/);
  await shown('case note dialog');
  await dialog.getByLabel('Markdown').check();
  await dialog.getByLabel('Include my notes').uncheck();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download .md' }).click();
  await download;
  await shown('case note dialog, Markdown, downloaded');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await open(page, '/', homeHeading);
  await expect(page.getByRole('button', { name: /^Resume/ })).toBeVisible();
  await shown('home with a case session');
}
