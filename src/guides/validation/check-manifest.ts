import type { GuideManifest } from '../../machine/guide-definition';
import { guideFiles, type Problem } from './guide-problem';
import { slugPattern } from './reserved-paths';

const basePathPattern = /^\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const filled = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * A guide's metadata, complete and consistent: what the home page lists, what links and case
 * sessions record (id, base path, version), and who hears about a wrong step (owner).
 */
export function checkManifest(
  manifest: GuideManifest | undefined,
  /** The guide's folder's name: the id must be it. */
  folderName: string,
  /** Whether the guide is in the test fixtures' folder. */
  fixture: boolean,
): Problem[] {
  const file = guideFiles.manifest;
  if (!manifest) return [{ file, message: 'no `manifest` exported' }];
  const problems: Problem[] = [];
  const say = (message: string) => problems.push({ file, message });

  if (manifest.id !== folderName)
    say(`id "${manifest.id}" is not the folder's name, "${folderName}"`);
  else if (!slugPattern.test(manifest.id))
    say(`id "${manifest.id}" is not lowercase words joined by hyphens`);
  if (!basePathPattern.test(manifest.basePath ?? '')) {
    say(`basePath "${manifest.basePath}" is not "/" and one lowercase slug ([a-z0-9-]+)`);
  }
  for (const key of ['title', 'summary', 'articleId'] as const) {
    if (!filled(manifest[key])) say(`no ${key}`);
  }
  if (!Number.isInteger(manifest.version) || manifest.version < 1) {
    say(`version ${String(manifest.version)} is not a whole number from 1`);
  } else if (!manifest.changelog?.some((c) => c.version === manifest.version)) {
    say(`no changelog entry for version ${manifest.version}`);
  }
  for (const change of manifest.changelog ?? []) {
    if (!datePattern.test(change.date ?? ''))
      say(`changelog ${change.version}: date "${change.date}" is not YYYY-MM-DD`);
    if (!filled(change.changes)) say(`changelog ${change.version}: no changes described`);
  }
  if (!manifest.errors?.length || !manifest.errors.every(filled))
    say('errors: list the error names the TSG covers');
  const propertiesId = (manifest.cards ?? []).flatMap((card) => card.articleId ?? []).join(', ');
  if (propertiesId && propertiesId !== manifest.articleId) {
    say(`articleId "${manifest.articleId}" is not the TSG properties' articleId "${propertiesId}"`);
  }
  if (!filled(manifest.owner?.name)) say('owner: no name (who hears about a wrong step)');
  if (manifest.owner?.email !== undefined && !emailPattern.test(manifest.owner.email)) {
    say(`owner.email "${manifest.owner.email}" is not an e-mail address`);
  }
  if (manifest.wikiUrl !== undefined && !/^https:\/\//.test(manifest.wikiUrl)) {
    say(`wikiUrl "${manifest.wikiUrl}" is not an https link`);
  }
  if (!manifest.phases?.length) say('no phases');
  const phaseIds = new Set<string>();
  for (const phase of manifest.phases ?? []) {
    if (!filled(phase.id) || !filled(phase.label)) say('a phase without an id or a label');
    if (phaseIds.has(phase.id)) say(`two phases have the id "${phase.id}"`);
    phaseIds.add(phase.id);
  }
  if (fixture) {
    if (manifest.testFixture !== true) say('a test fixture guide without `testFixture: true`');
    if (!/test fixture/i.test(manifest.title ?? ''))
      say('a test fixture guide whose title does not say "test fixture"');
    if (manifest.ownsUnlabelledSessions)
      say('a test fixture guide cannot own the sessions saved before guides were recorded');
  } else if (manifest.testFixture) {
    say(
      '`testFixture: true` in content/: a test fixture lives in e2e/fixtures/guides/ and is never shipped',
    );
  }
  return problems;
}
