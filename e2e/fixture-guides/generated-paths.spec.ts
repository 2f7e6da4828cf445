import { clickThroughCoveringPaths } from '../support/guide-tests';
import { fixtureGuides } from './test-build';

// Each fixture guide walked end to end, one test per path generated from its machine: a second
// guide runs on the engine as it is, with no code of its own.
clickThroughCoveringPaths(fixtureGuides);
