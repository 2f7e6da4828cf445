import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatProblem } from '../validation/guide-problem.ts';
import { parseWith } from './schema-problems.ts';
import { readYaml } from './yaml-source.ts';

/**
 * The app's own words (`content/site.yml`): what the site is called and how it introduces
 * itself, on every page, in the installed app and in search results. A guide's words are the
 * guide's (`guide.md`); these never name a guide or a product the guides are about.
 */

const text = z.string().trim().min(1, 'empty: write the text');

export const siteSchema = z.strictObject({
  name: text.describe('The site’s name: the header, tab titles, the installed app.'),
  shortName: text
    .max(12, 'at most 12 characters: it goes under an icon')
    .describe('The installed app’s name under its icon.'),
  tagline: text.describe('Beside the name in the header, on wide screens.'),
  description: text.describe(
    'The page description search engines and link previews show for pages that are not a guide’s.',
  ),
  introduction: text.describe('Under the home page’s heading.'),
});

export type SiteConfig = z.infer<typeof siteSchema>;

export const siteConfigFile = 'content/site.yml';

/** The site's words, checked; throws with each problem at `file:line:column` when they are wrong. */
export function readSiteConfig(root: string): SiteConfig {
  const source = readYaml('site.yml', readFileSync(join(root, siteConfigFile), 'utf8'));
  const { value, problems } = parseWith(siteSchema, source);
  if (value && problems.length === 0) return value;
  const error = new Error(
    `${siteConfigFile} is not right:\n${problems
      .map((p) => formatProblem({ ...p, guide: 'site', folder: 'content' }))
      .join('\n')}`,
  );
  error.stack = error.message;
  throw error;
}
