import { productionGuides } from './support/guides';
import { linkFuzzTests } from './support/link-fuzz-tests';

/**
 * 520 generated links into the production guides (see `linkFuzzTests`): each shows a step or a
 * clear message, with no error and no script run. Replay a run with `FUZZ_SEED=<seed>`.
 */
const guides = productionGuides.map((g) => g.model);
linkFuzzTests(guides, guides, 520);
