import { expect, test } from 'vitest';
import { z } from 'zod';
import { guideFileSchemas } from './guide-schemas';
import { siteSchema } from './site-config';

/**
 * The JSON Schemas (a guide's files', and the site's `content/site.yml`) editors read for autocomplete and checks as an author types (`schemas/`,
 * referenced by a `# yaml-language-server: $schema=…` line at the top of each YAML file), kept
 * as the checks' own schemas say: `npx vitest run -u` writes them again after a change.
 */
for (const [name, schema] of Object.entries({ ...guideFileSchemas, site: siteSchema })) {
  test(`schemas/${name}.schema.json is the schema the checks use`, async () => {
    const json = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${name}.schema.json`,
      ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }),
    };
    await expect(`${JSON.stringify(json, null, 2)}\n`).toMatchFileSnapshot(
      `./schemas/${name}.schema.json`,
    );
  });
}
