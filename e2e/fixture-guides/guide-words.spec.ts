import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { stepPathname } from '../../src/features/guide/links/guide-href';
import { buildFiles } from '../support/build-files';
import { productionGuides } from '../support/guides';
import { appSettled } from '../support/app-settled';
import { fixtureGuides, testBuildDir } from './test-build';

/**
 * A guide speaks in its own words: no page of a fixture guide shows another guide's title or
 * error codes, or the product the shipped guide is about, neither as prerendered (title,
 * description, the page, its `<noscript>`) nor once the app runs (header, tab title).
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function foreignWords(guideId: string): RegExp {
  const others = [...productionGuides, ...fixtureGuides]
    .map((g) => g.model.manifest)
    .filter((m) => m.id !== guideId);
  const words = ['backup', ...others.flatMap((m) => [m.title, ...m.errors])];
  return new RegExp(words.map(escape).join('|'), 'i');
}

/** What a reader sees of a page's HTML, with its title and description: no scripts, no styles. */
const readable = (html: string) =>
  html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '');

const seen = (page: Page) =>
  page.evaluate(() =>
    [
      document.title,
      document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      document.body.innerText,
    ].join('\n'),
  );

for (const { model } of fixtureGuides) {
  const { id, basePath, title } = model.manifest;

  test(`${id}: its prerendered pages name only their own guide`, () => {
    const foreign = foreignWords(id);
    const pages = buildFiles(join(testBuildDir, basePath)).filter((f) =>
      f.file.endsWith('index.html'),
    );
    expect(pages.length).toBeGreaterThan(model.steps.length);
    for (const { file, text } of pages) {
      const html = readable(text);
      expect(html.match(foreign)?.[0], file).toBeUndefined();
      expect(html, file).toContain(`<meta name="description" content="`);
      expect(/<meta name="description" content="([^"]*)"/.exec(html)?.[1], file).toContain(title);
      expect(html, file).toContain(`href="${basePath}">${title}</a>`);
    }
  });

  test(`${id}: with the app running, a step shows only its own guide’s words`, async ({ page }) => {
    const foreign = foreignWords(id);
    const step = model.steps.find((s) => s.kind === 'question')!;
    for (const path of [basePath, stepPathname(model, step)]) {
      await page.goto(path);
      await appSettled(page);
      expect((await seen(page)).match(foreign)?.[0], path).toBeUndefined();
    }
    await expect(page).toHaveTitle(new RegExp(`${escape(title)}$`));
  });
}

test('the shell without JavaScript leads to every guide of the build', () => {
  const shell = readFileSync(join(testBuildDir, 'index.html'), 'utf8');
  for (const { model } of [...productionGuides, ...fixtureGuides]) {
    expect(shell).toContain(`href="${model.manifest.basePath}">${model.manifest.title}</a>`);
  }
});
