import { deepLinkTests } from '../support/guide-tests';
import { fixtureGuides } from './test-build';

// Each fixture guide's step URLs open alone, with the facts its pages list.
deepLinkTests(fixtureGuides);
