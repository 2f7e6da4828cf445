import { expect, test } from '@playwright/test';
import { appSettled } from './support/app-settled';
import { expectNoSeriousViolations } from './support/axe';
import { productionGuides } from './support/guides';
import { choose, h1 } from './support/walk';

test('the home page lists every guide with its errors and article id', async ({ page }) => {
  await page.goto('/');
  for (const { model } of productionGuides) {
    const { title, errors, articleId } = model.manifest;
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title }) });
    for (const error of errors) await expect(card).toContainText(error);
    await expect(card).toContainText(articleId);
  }
  await page.getByRole('link', { name: 'Extension COM and MDTC failures' }).click();
  await expect(h1(page)).toHaveText('Troubleshoot extension COM and MDTC backup failures');
});

test('the guide’s start page lists its recent sessions, to resume from a bookmark', async ({
  page,
}) => {
  await page.goto('/extension-failures');
  await page.getByLabel('Case number (optional)').fill('2601100010000020');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await choose(page, 'Yes, Log Permission shows Granted');
  await expect(h1(page)).toHaveText('Method 1: collect logs using ASC');

  // A new tab opened from a bookmark to the guide: its start page offers the session.
  const bookmark = await page.context().newPage();
  await bookmark.goto('/extension-failures');
  const recent = bookmark.getByRole('region', { name: 'Recent case sessions' });
  await expect(recent).toContainText('At: Method 1: ASC Inspect IaaS Disk');
  await recent.getByRole('button', { name: 'Resume Case 2601100010000020' }).click();
  await expect(h1(bookmark)).toHaveText('Method 1: collect logs using ASC');
  await expect(bookmark.getByRole('region', { name: 'How you got here' })).toContainText(
    'Yes, Log Permission shows Granted',
  );
  await expectNoSeriousViolations(bookmark);
});

test('a session saved by the previous version opens after the upgrade', async ({ page }) => {
  // Exactly as the previous version stored it: schema 1, no guide id.
  await page.goto('/');
  await page.evaluate(() => {
    const at = '2026-11-20T10:00:00.000Z';
    localStorage.setItem(
      'tsg-wizard:session:0b6a3c1e-1111-4222-8333-444455556666',
      JSON.stringify({
        schema: 1,
        session: {
          id: '0b6a3c1e-1111-4222-8333-444455556666',
          revision: 4,
          createdAt: at,
          updatedAt: at,
          caseNumber: '2601100010000021',
          guideVersion: 1,
          stepId: 'dll-dates',
          answers: {
            'log-permission': 'granted',
            'collect-asc': 'report-ready',
            'error-code': 'extension-installation-failed-com',
            findings: 'install-provider-com-exception',
          },
          timeline: [{ stepId: 'findings', value: 'install-provider-com-exception', at }],
          checklists: { 'msvc-dll-check': { '1': at } },
          notes: { 'dll-dates': { text: 'Dates differ by three years', updatedAt: at } },
        },
      }),
    );
  });
  await page.reload();
  const recent = page.getByRole('region', { name: 'Recent case sessions' });
  await expect(recent).toContainText('At: msvc DLL Modified dates');
  await recent.getByRole('button', { name: 'Resume Case 2601100010000021' }).click();
  await expect(h1(page)).toHaveText(
    'Do msvcp120.dll and msvcr120.dll have different Modified dates?',
  );
  await expect(
    page.getByRole('checkbox', { name: 'C:\\Windows\\System32\\msvcp120.dll' }),
  ).toBeChecked();
  await expect(page.getByLabel('Your notes on this step')).toHaveValue(
    'Dates differ by three years',
  );
});

test('Cause 1 opened on its own states how the TSG recognises it', async ({ page }) => {
  await page.goto('/extension-failures/cause/desktop-heap');
  const main = page.getByRole('main');
  await expect(main).toContainText('In Windows Application logs check for the Event ID 4689');
  await expect(main).toContainText(
    'The run-time environment has detected an inconsistency in its internal state.',
  );
  await expect(main).toContainText('Error Code = 0x8000ffff : Catastrophic failure');
  await expect(main).toContainText('If you have the 3 conditions together');
});

test('Cause 2’s registry keys can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/extension-failures/cause/iaasvm-provider');
  // A prerendered page's Copy button works once the app has taken the page over (ADR 004).
  await appSettled(page);
  const key =
    'HKEY_LOCAL_MACHINE > SOFTWARE > Microsoft > BCDRAgentPersistentKeys -> IsCommonProviderInstalled';
  // The button's name is "Copy: " and the text's first 80 characters.
  const copy = page.getByRole('button', { name: `Copy: ${key.slice(0, 80)}` });
  // Until the app has taken the prerendered page over, the button does nothing: press it again
  // until it says it copied.
  await expect(async () => {
    await copy.click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1, {
      timeout: 1000,
    });
  }).toPass();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
});

test('the progress marks no remediation done when the guide ends without one', async ({ page }) => {
  await page.goto(
    '/extension-failures/known-issues?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=none&v=1',
  );
  const progress = page.getByRole('navigation', { name: 'Progress' }).first();
  await expect(progress.getByText('Match the cause (done)')).toHaveCount(1);
  await expect(progress.getByText('Remediate (done)')).toHaveCount(0);
});

test('a reference view says its ticks are not saved, and saves them in a case session', async ({
  page,
}) => {
  await page.goto('/extension-failures/cause/msvc-dll-mismatch');
  const item = page.getByRole('checkbox', { name: '4. Retry backup operation.' });
  await item.check();
  await expect(page.getByText('These ticks are not saved').first()).toBeVisible();

  await page.goto('/extension-failures');
  await page.getByLabel('Case number (optional)').fill('2601100010000022');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
  await page.goto('/extension-failures/cause/msvc-dll-mismatch');
  await expect(page.getByText('These ticks are not saved')).toHaveCount(0);
  await item.check();
  await page.reload();
  await expect(item).toBeChecked();
});

test('after a failed retry the guide says how to escalate', async ({ page }) => {
  await page.goto(
    '/extension-failures/known-issues?log-permission=granted&collect-asc=report-ready&error-code=extension-snapshot-failed-com&findings=iaasvm-provider&cause-iaasvm-provider=applied&retry=failed&v=1',
  );
  await expect(
    page.getByText('The backup still fails after the remediation for Cause 2'),
  ).toBeVisible();
  const escalate = page.getByRole('complementary', { name: 'Added guidance, not in the TSG' });
  await expect(escalate).toContainText('escalate');
  await expect(escalate).toContainText('C:\\WindowsAzure\\Logs\\WaAppAgent.log');
  await expect(page.getByRole('button', { name: 'Copy case note…' })).toBeVisible();
});
