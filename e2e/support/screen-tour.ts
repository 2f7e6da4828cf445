import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { stepHref, stepPathname } from '../../src/features/guide/links/guide-href';
import type { GuideModel } from '../../src/machine/guide-model';
import { pathsToTheEnd, type GuidePath } from '../../src/machine/guide-paths';
import { appSettled } from './app-settled';
import {
  badLinkHeading,
  homeHeading,
  notFoundHeading,
  searchHeading,
  unknownStepHeading,
} from './fuzz-links';
import { answerThroughUi, expectStep } from './guide';
import type { TestGuide } from './guides';

/**
 * Every screen of the app, and its dialogs, opened as a user would: the home page, the search
 * page and its results, every step of every guide opened on its own and with the answers that
 * lead to it, the messages for bad links, each guide's training pages (map, glossary, printable
 * checklist, practice cases and a practice case) and its log analyzer (with a pasted log
 * analysed, when the guide has signatures), and for each guide a case session worked through to
 * a step with a checklist, with its checklist, note, case details, problem report and case note
 * dialog. `shown(name)` is called once each screen (or dialog) is on screen and the app has
 * settled.
 */
export type ScreenShown = (name: string) => Promise<void>;

/** For each step, the first link of the machine's ways through the guide that reaches it. */
function answeredLinks(guide: GuideModel): Map<string, string> {
  const links = new Map<string, string>();
  for (const path of pathsToTheEnd(guide)) {
    const answers: Record<string, string> = {};
    for (const s of path.steps) {
      if (s.value !== undefined) answers[s.step.id] = s.value;
      if (!links.has(s.next.id)) links.set(s.next.id, stepHref(guide, s.next, answers));
    }
  }
  return links;
}

async function open(page: Page, url: string, heading: string | RegExp) {
  await page.goto(url);
  await appSettled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** Whether a step's page has a checklist (`<Checklist>` in its MDX). */
function hasChecklist({ folder }: TestGuide, stepId: string): boolean {
  try {
    return readFileSync(join(folder, 'pages', `${stepId}.mdx`), 'utf8').includes('<Checklist');
  } catch {
    return false;
  }
}

/**
 * The answers of a way through the guide up to a step with a checklist (the most answers, so
 * the session has the most to show), or to the end of the longest way when no step has one.
 */
function wayToAChecklist(guide: TestGuide): GuidePath['steps'] {
  const ways = pathsToTheEnd(guide.model).map((path) => {
    const at = path.steps.findIndex((s) => hasChecklist(guide, s.next.id));
    return at >= 0 ? path.steps.slice(0, at + 1) : path.steps;
  });
  const withChecklist = ways.filter((w) => hasChecklist(guide, w.at(-1)!.next.id));
  const pool = withChecklist.length > 0 ? withChecklist : ways;
  return pool.reduce((a, b) => (b.length > a.length ? b : a));
}

/** A link to the step after the guide's first question, with an answer no option has. */
function badLink(guide: GuideModel): string | undefined {
  const first = pathsToTheEnd(guide)[0]?.steps.find(
    (s) => s.step.kind !== 'start' && s.value !== undefined,
  );
  if (!first) return undefined;
  return `${stepPathname(guide, first.next)}?${first.step.id}=nope&v=${guide.manifest.version}`;
}

async function caseSession(page: Page, guide: TestGuide, shown: ScreenShown) {
  const { model } = guide;
  const id = model.manifest.id;
  await open(page, stepPathname(model, model.startStep), model.startStep.title);
  await page.getByLabel('Case number (optional)').fill('2611290010000001');
  const way = wayToAChecklist(guide);
  for (const s of way) {
    await expectStep(page, s.step);
    await answerThroughUi(page, s.step, s.value);
  }
  const at = way.at(-1)!.next;
  await expectStep(page, at);
  await appSettled(page);
  await shown(`${id}: a case session at ${at.id}`);

  const checklist = page.getByRole('main').getByRole('list', { name: /^Checklist,/ });
  if ((await checklist.count()) > 0) {
    await checklist.first().getByRole('checkbox').first().check();
  }
  const note = page.getByLabel('Your notes on this step');
  await note.fill('Checked with the customer.');
  await note.blur();
  await shown(`${id}: checklist ticked and note written`);

  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await shown(`${id}: case details form`);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Report a problem with this step' }).click();
  const comment = page.getByLabel('What is wrong, and what should the step say?');
  await comment.fill('A made-up problem, for the tour.');
  await shown(`${id}: report a problem`);

  await page.getByRole('button', { name: 'Copy case note…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Case note' });
  await expect(dialog.getByLabel('Case note preview')).toHaveValue(/2611290010000001/);
  await shown(`${id}: case note dialog`);
  await dialog.getByLabel('Markdown').check();
  await dialog.getByLabel('Include my notes').uncheck();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download .md' }).click();
  await download;
  await shown(`${id}: case note dialog, Markdown, downloaded`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** A line of the TSG's Cause 3, as the VMSnapshot plugin logs it: something to find. */
const pluginLogLine =
  '2018-12-04T07:52:28.8611188Z [Error]: Install provider failed {Exception = System.Runtime.InteropServices.COMException (0x80110401): Errors occurred accessing one or more objects';

async function trainingAndAnalyzer(page: Page, guide: TestGuide, shown: ScreenShown) {
  const { basePath, id } = guide.model.manifest;
  await open(page, `${basePath}/map`, 'Decision map');
  await shown(`${id}: decision map`);
  await open(page, `${basePath}/glossary`, 'Glossary');
  await shown(`${id}: glossary`);
  await open(page, `${basePath}/checklist`, /\S/);
  await shown(`${id}: printable checklist`);
  await open(page, `${basePath}/practice`, 'Practice cases');
  await shown(`${id}: practice cases`);
  const firstCase = guide.practiceCases[0]?.id;
  if (firstCase) {
    await open(page, `${basePath}/practice/${firstCase}`, /\S/);
    await shown(`${id}: a practice case`);
  }
  await open(page, `${basePath}/analyze`, 'Find the evidence in the logs');
  await shown(`${id}: log analyzer`);
  if (['signatures.yml', 'signatures.ts'].some((f) => existsSync(join(guide.folder, f)))) {
    await page.getByLabel('Or paste log text').fill(pluginLogLine);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect(page.getByRole('region', { name: 'What the logs show' })).toBeVisible();
    await shown(`${id}: log analyzer, a log analysed`);
  }
}

export async function tourEveryScreen(
  page: Page,
  guides: readonly TestGuide[],
  shown: ScreenShown,
) {
  await open(page, '/', homeHeading);
  await shown('home');
  await open(page, '/search', searchHeading);
  await shown('search, empty');
  const searched = guides[0]!.model.manifest.errors[0]!;
  await open(page, `/search?q=${encodeURIComponent(searched)}`, /^Search results for/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/match/);
  await shown('search results');

  for (const { model } of guides) {
    const answered = answeredLinks(model);
    for (const step of model.steps) {
      await open(page, stepPathname(model, step), step.title);
      await shown(`${model.manifest.id}/${step.id}, on its own`);
      const link = answered.get(step.id);
      if (link) {
        await open(page, link, step.title);
        await shown(`${model.manifest.id}/${step.id}, with answers`);
      }
    }
    await open(page, `${model.manifest.basePath}/no-such-step`, unknownStepHeading);
    await shown(`${model.manifest.id}: unknown step`);
    const bad = badLink(model);
    if (bad) {
      await open(page, bad, badLinkHeading);
      await shown(`${model.manifest.id}: bad link`);
    }
  }
  await open(page, '/no/such/page', notFoundHeading);
  await shown('page not found');

  for (const guide of guides) await trainingAndAnalyzer(page, guide, shown);

  for (const guide of guides) await caseSession(page, guide, shown);

  await open(page, '/', homeHeading);
  await expect(page.getByRole('button', { name: /^Resume/ }).first()).toBeVisible();
  await shown('home with case sessions');
}
