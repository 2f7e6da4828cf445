import { guideRegistry } from './guide-registry';

// The app loads the list of guides before anything else (`src/main.tsx`); so do the unit tests.
await guideRegistry.ready();
