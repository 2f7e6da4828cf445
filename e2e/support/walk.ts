import { expect, type Page } from '@playwright/test';

/**
 * What the browser tests of the production guide do over and over, as an engineer would: pick an
 * answer and Continue, start a case session, walk to Method 2; and the screen's parts they read.
 */

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
export const casePanel = (page: Page) =>
  page.getByRole('region', { name: 'Case session', exact: true });
export const recentSessions = (page: Page) =>
  page.getByRole('region', { name: 'Recent case sessions' });
export const noteField = (page: Page) => page.getByLabel('Your notes on this step');
export const waAppAgentLog = (page: Page) =>
  page.getByRole('checkbox', { name: 'C:\\WindowsAzure\\Logs\\WaAppAgent.log' });
export const pluginsFolder = (page: Page) =>
  page.getByRole('checkbox', { name: 'C:\\WindowsAzure\\Logs\\Plugins\\' });

export const method1 = 'Method 1: collect logs using ASC';
export const method2 = "Method 2: collect logs manually from the customer's VM";

/** Picks the answer labelled `label` and presses Continue. */
export async function choose(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Starts a case session for `caseNumber` from the guide's start page. */
export async function startSession(page: Page, caseNumber: string) {
  await page.goto('/extension-failures');
  await page.getByLabel('Case number (optional)').fill(caseNumber);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(h1(page)).toHaveText('Has the customer granted permission to collect logs?');
}

/** From the log permission step to Method 2 (permission granted, Inspect IaaS Disk not working). */
export async function answerToMethod2(page: Page) {
  await choose(page, 'Yes, Log Permission shows Granted');
  await expect(h1(page)).toHaveText(method1);
  await choose(page, "Inspect IaaS Disk isn't working");
  await expect(h1(page)).toHaveText(method2);
}
