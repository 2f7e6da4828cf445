import { expect, test, type Page } from '@playwright/test';
import type { Answers } from '../src/machine/guide-snapshot';
import { replay } from '../src/machine/replay';
import { watchTakeover } from './support/takeover-watch';
import { appSettled } from './support/app-settled';
import { expectNoSeriousViolations } from './support/axe';
import { answerThroughUi, expectStep } from './support/guide';
import { productionGuides } from './support/guides';
import { h1 } from './support/walk';

const { model: guide, practiceCases } = productionGuides.find(
  (g) => g.model.manifest.id === 'extension-failures',
)!;
const base = guide.manifest.basePath;
const step = (id: string) => guide.stepById(id)!;
const practiceCase = (id: string) => practiceCases.find((c) => c.id === id)!;
const kinds = {
  start: 'Start',
  question: 'Question',
  instruction: 'Instruction',
  cause: 'Cause',
  end: 'End',
};
/** A step's node on the map, as a screen reader names it. */
const nodeName = (id: string, suffix = '') => `${kinds[step(id).kind]}: ${step(id).title}${suffix}`;

/** Waits for the app to take over the (prerendered) page. */
const appRunning = (page: Page) =>
  page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((k) =>
      k.startsWith('__reactContainer'),
    ),
  );

/** Walks a practice case's wizard from its start page, answering as given, through the UI. */
async function walk(page: Page, answers: Answers) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (const s of replay(guide, answers).trail.slice(1, -1)) {
    await expectStep(page, s);
    await answerThroughUi(page, s, answers[s.id]);
  }
}

test('the map: a node opens its step', async ({ page }) => {
  await page.goto(`${base}/map`);
  await expect(h1(page)).toHaveText('Decision map');
  const map = page.getByRole('figure', { name: /Decision map of/ });
  for (const s of guide.steps) {
    await expect(map.getByRole('link', { name: nodeName(s.id), exact: true })).toHaveCount(1);
  }
  await map.getByRole('link', { name: nodeName('findings'), exact: true }).click();
  await expectStep(page, step('findings'));
  await expect(page).toHaveURL(`${base}/symptoms/findings`);
});

test('the outline says the same as the map, and is walked with the keyboard', async ({ page }) => {
  await page.goto(`${base}/map`);
  await appRunning(page);
  await page.getByRole('link', { name: 'Skip to the outline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'The map as a list' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: step('start').title, exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  const toLogPermission = page.getByRole('link', { name: '2. Log permission' });
  await expect(toLogPermission).toBeFocused();
  // A "go to" link moves the focus to that step in the outline, and Tab goes on from there.
  await page.keyboard.press('Enter');
  await expect(page.locator('#outline-log-permission')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('link', { name: step('log-permission').title, exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStep(page, step('log-permission'));
});

test('a step links to the map with the path of its answers highlighted', async ({ page }) => {
  await page.goto(
    `${base}/symptoms/findings?log-permission=not-granted&permission-pending=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&v=1`,
  );
  await page.getByRole('link', { name: 'See this on the decision map' }).click();
  await expect(h1(page)).toHaveText('Decision map');
  await expect(page.getByRole('note')).toContainText(`up to “${step('findings').title}”`);
  const map = page.getByRole('figure', { name: /Decision map of/ });
  for (const id of ['start', 'log-permission', 'permission-pending', 'collect-asc', 'findings']) {
    await expect(
      map.getByRole('link', { name: nodeName(id, ' (on the path taken)'), exact: true }),
    ).toHaveCount(1);
  }
  await expect(
    map.getByRole('link', { name: nodeName('collect-manual'), exact: true }),
  ).toHaveCount(1);
  await page.getByRole('link', { name: 'Back to that step' }).click();
  await expectStep(page, step('findings'));
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
});

test('a practice case done right, going back once: right, timed, the Back counted', async ({
  page,
}) => {
  const c = practiceCase('finance-vm-mdtc');
  await page.goto(`${base}/practice`);
  await expect(h1(page)).toHaveText('Practice cases');
  await page.getByRole('link', { name: c.title }).click();
  await expect(page.getByRole('region', { name: 'Practice mode' })).toContainText(c.title);
  await expect(page.getByRole('article', { name: c.title })).toContainText(c.card.customerReport);

  // A wrong turn, taken back.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await answerThroughUi(page, step('log-permission'), 'not-granted');
  await expectStep(page, step('permission-pending'));
  await expect(page.getByRole('region', { name: 'Practice mode' })).toBeVisible();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expectStep(page, step('log-permission'));
  await page.reload();
  await expectStep(page, step('log-permission'));

  const answers = c.expected.answers;
  for (const s of replay(guide, answers).trail.slice(1, -1)) {
    await expectStep(page, s);
    await expect(page.getByRole('region', { name: 'Practice mode' })).toBeVisible();
    if (s.id === 'retry') {
      await expect(page.getByRole('article', { name: c.title })).toContainText(
        'After the remediation',
      );
    }
    await answerThroughUi(page, s, answers[s.id]);
  }
  await expect(h1(page)).toHaveText(`Your result: ${c.title}`);
  const result = page.getByRole('region', { name: /Right: the expected outcome/ });
  await expect(result).toContainText('Went back');
  await expect(result).toContainText('once');
  await expect(result).toContainText(/Time taken\s*\d+ s/);
  await expect(page.getByRole('figure', { name: /Your path and the expected path/ })).toBeVisible();

  // Recorded once, even if the result is reloaded.
  await page.reload();
  await expect(h1(page)).toHaveText(`Your result: ${c.title}`);
  await page.getByRole('link', { name: 'All practice cases' }).click();
  await expect(
    page.getByText(`Cases done: 1 of ${practiceCases.length}`, { exact: true }),
  ).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: c.title });
  await expect(item).toContainText('Last attempt: right. 1 attempt, 1 right.');
  await expect(page.getByLabel('The report')).toContainText(`${c.title}: 1 attempt(s), 1 right`);
  // On a phone, the report wraps inside its box: nothing runs past its edge.
  await page.setViewportSize({ width: 390, height: 800 });
  expect(
    await page.getByLabel('The report').evaluate((el) => el.scrollWidth <= el.clientWidth),
  ).toBe(true);
});

test('a practice case done wrong names the first step where the path left the expected one', async ({
  page,
}) => {
  const c = practiceCase('reboot-does-not-help');
  await page.goto(`${base}/practice/${c.id}`);
  const answers = {
    ...c.expected.answers,
    reboot: 'yes',
    'cause-desktop-heap': 'applied',
    retry: 'succeeded',
  };
  await walk(page, answers);
  await expect(h1(page)).toHaveText(`Your result: ${c.title}`);
  const result = page.getByRole('region', { name: /Not the expected outcome/ });
  await expect(result).toContainText(`You reached${step('resolved').title}`);
  await expect(result).toContainText(
    `At ${step('reboot').title} you answered “Yes, a reboot solves it for a while”; the expected answer was “No, a reboot does not help”.`,
  );
  await expect(result).toContainText('Went back0 times');

  await page.getByRole('link', { name: 'All practice cases' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: c.title })).toContainText(
    `Last attempt: left the expected path at “${step('reboot').shortTitle}”.`,
  );
  // The trainer's report, and a reset that asks first.
  await expect(page.getByLabel('The report')).toContainText(
    `wrong from "${step('reboot').shortTitle}"`,
  );
  await page.getByRole('button', { name: 'Reset my progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(page.getByText('Your progress was reset.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: c.title })).toContainText(
    'Not tried yet.',
  );
});

test('practice mode saves no case session', async ({ page }) => {
  const c = practiceCase('same-dll-dates');
  await page.goto(`${base}/practice/${c.id}`);
  await walk(page, { 'log-permission': 'granted' });
  await expect(page.getByRole('region', { name: 'Case session' })).toHaveCount(0);
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('tsg-wizard:session:')),
  );
  expect(stored).toEqual([]);
});

test('a glossary term shows its definition on focus, and why a question is asked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${base}/symptoms/findings`);
  await appRunning(page);
  const term = page.getByRole('button', { name: 'IAASVM provider' });
  await term.focus();
  const definition = page.getByRole('status').filter({ hasText: 'IaaSVmProvider' });
  await expect(definition).toContainText('Added · not in the TSG');
  // Inside the window, even on a narrow screen.
  const box = (await definition.locator('span').first().boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.keyboard.press('Escape');
  await expect(definition).toHaveCount(0);
  await expect(term).toBeFocused();

  await page.getByText('Why we ask this').click();
  await expect(page.getByText('Which of the TSG’s known causes can match')).toBeVisible();
  // Its added guidance (the step has another such box: the log analyzer's).
  await expect(
    page
      .getByRole('group')
      .filter({ hasText: 'Why we ask this' })
      .getByRole('complementary', { name: 'Added guidance, not in the TSG' }),
  ).toContainText('Event ID 4689 in the Security log');
});

test('a term’s definition opens when the pointer moves onto it, not when a step appears under a still pointer', async ({
  page,
}) => {
  const asc = page.getByRole('button', { name: 'ASC', exact: true });
  const opened = () => asc.getAttribute('aria-expanded');
  // Where the term is on the next step.
  await page.goto(`${base}/collect/asc?log-permission=granted&v=1`);
  await appSettled(page);
  const box = (await asc.boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  // The pointer rests there while the engineer answers the step before it with the keyboard.
  await page.goto(`${base}/log-permission`);
  await appSettled(page);
  await page.mouse.move(at.x, at.y);
  await page.getByLabel('Yes, Log Permission shows Granted', { exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(step('collect-asc').title);
  await page.waitForTimeout(300);
  expect(await opened()).toBe('false');

  // Moved onto, it opens; moved off, it closes.
  await page.mouse.move(at.x + 1, at.y);
  await expect.poll(opened).toBe('true');
  await page.mouse.move(1, 1);
  await expect.poll(opened).toBe('false');
});

test('the glossary lists every term, marked by where its definition comes from', async ({
  page,
}) => {
  await page.goto(`${base}/glossary`);
  await expect(h1(page)).toHaveText('Glossary');
  for (const term of [
    'ASC',
    'Inspect IaaS Disk',
    'COM+',
    'MDTC',
    'Desktop heap',
    'IaaSVM provider',
    'VSS',
  ]) {
    await expect(page.getByRole('term').filter({ hasText: term }).first()).toBeVisible();
  }
  await expect(page.getByText('Added · not in the TSG').first()).toBeVisible();
  await expect(page.getByText('From the TSG').first()).toBeVisible();
});

test('the printed checklist: every step, a page break between phases, black on white', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${base}/checklist`);
  await expect(h1(page)).toHaveText(`Checklist: ${guide.manifest.title}`);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const s of guide.steps) {
    await expect(page.getByRole('heading', { level: 3, name: s.title })).toHaveCount(1);
  }
  // Every step's content, its checklists with their boxes.
  await expect(page.getByText('SharedSection=1024,20480,4096').first()).toBeAttached();
  await expect(page.getByRole('checkbox')).not.toHaveCount(0);

  const parts = page.getByRole('region', { name: /^Part \d+ of \d+/ });
  const phases = guide.manifest.phases.filter((p) => guide.steps.some((s) => s.phase === p.id));
  await expect(parts).toHaveCount(phases.length);
  const breaks = await parts.evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).breakBefore),
  );
  expect(breaks).toEqual(['auto', ...phases.slice(1).map(() => 'page')]);

  // Dark text on white paper, even printed from a browser in dark mode.
  const colours = await page.evaluate(() => {
    const luminance = (colour: string) => {
      const [r, g, b] = colour
        .match(/[\d.]+/g)!
        .map(Number)
        .map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const article = document.querySelector('article')!;
    const texts = Array.from(article.querySelectorAll('*')).filter(
      (e) =>
        e.checkVisibility() &&
        Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim()),
    );
    const light = texts
      .map((e) => getComputedStyle(e).color)
      .filter((c) => 1.05 / (luminance(c) + 0.05) < 4.5);
    return {
      article: getComputedStyle(article).color,
      body: getComputedStyle(document.body).backgroundColor,
      light: [...new Set(light)],
      checked: texts.length,
    };
  });
  expect(colours).toMatchObject({ article: 'rgb(0, 0, 0)', body: 'rgb(255, 255, 255)', light: [] });
  expect(colours.checked).toBeGreaterThan(100);
  await expect(page.getByRole('button', { name: 'Print this checklist' })).toBeHidden();
});

test('the prerendered training pages are taken over as they are', async ({ page }) => {
  const { errors, removedHeadings } = await watchTakeover(page);
  for (const [path, title] of [
    ['map', 'Decision map'],
    ['glossary', 'Glossary'],
    ['checklist', `Checklist: ${guide.manifest.title}`],
    ['practice', 'Practice cases'],
  ] as const) {
    const response = await page.request.get(`${base}/${path}`);
    expect(await response.text(), path).toContain(`>${title}</h1>`);
    await page.goto(`${base}/${path}`);
    await page.waitForFunction(() =>
      Object.keys(document.getElementById('root') ?? {}).some((k) =>
        k.startsWith('__reactContainer'),
      ),
    );
    await expect(h1(page)).toHaveText(title);
    expect(await removedHeadings(), path).toEqual([]);
  }
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const [name, path] of [
      ['the map', `${base}/map`],
      [
        'the map with a path',
        `${base}/map?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&v=1`,
      ],
      ['the glossary', `${base}/glossary`],
      ['the practice cases', `${base}/practice`],
      [
        'a practice case',
        `${base}/practice/security-log-4689/symptoms/findings?log-permission=granted&collect-asc=report-ready&error-code=extension-installation-failed-com&v=1`,
      ],
      ['the checklist', `${base}/checklist`],
    ] as const) {
      test(`axe: ${name}`, async ({ page }) => {
        await page.goto(path);
        await expect(h1(page)).toBeVisible();
        await expectNoSeriousViolations(page);
      });
    }

    test('axe: a practice result, and a term open', async ({ page }) => {
      const c = practiceCase('access-denied-com');
      await page.goto(`${base}/practice/${c.id}`);
      await walk(page, {
        ...c.expected.answers,
        findings: 'install-provider-com-exception',
        'dll-dates': 'same',
      });
      await expect(h1(page)).toHaveText(`Your result: ${c.title}`);
      await expectNoSeriousViolations(page);
      await page.goto(`${base}/collect/asc`);
      await appRunning(page);
      await page.getByRole('button', { name: 'Inspect IaaS Disk', exact: true }).focus();
      await expect(page.getByText(/An ASC diagnostic for a VM/)).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  });
}

test('in a tab working on a case session, the map highlights the session’s path', async ({
  page,
}) => {
  await page.goto(base);
  await page.getByLabel('Case number (optional)').fill('2611300010000099');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await answerThroughUi(page, step('log-permission'), 'granted');
  await expectStep(page, step('collect-asc'));
  await page.getByRole('link', { name: 'Decision map', exact: true }).click();
  await expect(h1(page)).toHaveText('Decision map');
  await expect(page.getByRole('note')).toContainText(
    `of this tab's case session (case 2611300010000099), up to “${step('collect-asc').title}”`,
  );
  const map = page.getByRole('figure', { name: /Decision map of/ });
  await expect(
    map.getByRole('link', {
      name: nodeName('log-permission', ' (on the path taken)'),
      exact: true,
    }),
  ).toHaveCount(1);
});
