import { productionGuides } from './support/guides';
import { linkFuzzTests } from './support/link-fuzz-tests';

/**
 * Generated links into the production guides (see `linkFuzzTests`): each shows a step or a clear
 * message, with no error and no script run. `npm test` tries a seeded sample of 130;
 * `npm run test:fuzz` 520 (`FUZZ_COUNT`). Replay a run with `FUZZ_SEED=<seed>`.
 */
const guides = productionGuides.map((g) => g.model);
linkFuzzTests(guides, guides, 130);
