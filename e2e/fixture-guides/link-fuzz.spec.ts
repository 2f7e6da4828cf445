import { productionGuides } from '../support/guides';
import { linkFuzzTests } from '../support/link-fuzz-tests';
import { fixtureGuides } from './test-build';

/**
 * Generated links into the fixture guides, on the test build (which has the production guides
 * too): a guide added as a folder gets the same hardened links as the first one. A sample of 65
 * in `npm test`; `npm run test:fuzz` tries more.
 */
const fixtures = fixtureGuides.map((g) => g.model);
linkFuzzTests(fixtures, [...fixtures, ...productionGuides.map((g) => g.model)], 65);
